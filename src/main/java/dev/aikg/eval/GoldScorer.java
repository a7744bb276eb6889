package dev.aikg.eval;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A faithful port of {@code /work/shared/eval/score.py}: per document, a predicted entity matches a
 * gold entity of its type when its normalised name, or failing that one of its mentions, equals the
 * gold name or a gold mention; relations match when both ends resolve to the same gold entities
 * (competesWith symmetric, headquarteredIn by normalised literal); stock moves match on entity and
 * percent rounded half to even. Same normalisation (NFKC, case folding, ’→', a final 's or s'
 * dropped, runs of white space, - _ . , to one space).
 */
public final class GoldScorer {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final Pattern GENITIVE = Pattern.compile("('s|s')$");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-_.,]+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Set<String> SYMMETRIC = Set.of("competesWith");

    private final Set<String> types;

    /** Scores all types. */
    public GoldScorer() { this(null); }

    /** Scores only the given entity types (gold labels such as "Person"), or all when null. */
    public GoldScorer(Set<String> types) { this.types = types; }

    public Score score(Path gold, Path pred) {
        try {
            return score(MAPPER.readTree(Files.readString(gold)), MAPPER.readTree(Files.readString(pred)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Score score(JsonNode gold, JsonNode pred) {
        Map<String, JsonNode> pdocs = new HashMap<>();
        for (JsonNode d : pred.path("documents")) pdocs.put(d.path("id").asString(), d);
        int[][] c = new int[3][3];
        Map<String, int[]> perType = new TreeMap<>();
        List<List<String>> errors = new ArrayList<>();
        for (JsonNode g : gold.path("documents")) {
            String did = g.path("id").asString();
            JsonNode p = pdocs.get(did);
            Map<String, List<JsonNode>> byKey = indexGold(g);
            scoreEntities(did, g, p, byKey, c[0], perType, errors);
            Map<String, List<String>> pforms = new HashMap<>();
            if (p != null) {
                for (JsonNode e : p.path("entities")) {
                    List<String> forms = pforms.computeIfAbsent(e.path("name").asString(), k -> new ArrayList<>());
                    for (JsonNode m : e.path("mentions")) forms.add(m.asString());
                }
            }
            scoreRelations(did, g, p, byKey, pforms, c[1], errors);
            scoreMoves(did, g, p, byKey, pforms, c[2], errors);
        }
        Map<String, Score.Counts> sections = new LinkedHashMap<>();
        String[] names = {"entities", "relations", "stockMoves"};
        for (int i = 0; i < 3; i++) sections.put(names[i], new Score.Counts(c[i][0], c[i][1], c[i][2]));
        Map<String, Score.Counts> byType = new TreeMap<>();
        perType.forEach((t, v) -> byType.put(t, new Score.Counts(v[0], v[1], v[2])));
        return new Score(sections, byType, errors);
    }

    private void scoreEntities(String did, JsonNode g, JsonNode p, Map<String, List<JsonNode>> byKey, int[] c,
                               Map<String, int[]> perType, List<List<String>> errors) {
        Set<List<String>> gents = new LinkedHashSet<>();
        for (JsonNode e : g.path("entities")) {
            String t = e.path("type").asString();
            if (types == null || types.contains(t)) gents.add(List.of(e.path("name").asString(), t));
        }
        Set<List<String>> pents = new LinkedHashSet<>();
        if (p != null) {
            for (JsonNode e : p.path("entities")) {
                String t = e.path("type").asString();
                if (types != null && !types.contains(t)) continue;
                List<String> forms = new ArrayList<>();
                for (JsonNode m : e.path("mentions")) forms.add(m.asString());
                String name = e.path("name").asString();
                String hit = resolve(name, byKey, t, forms);
                pents.add(List.of(hit != null ? hit : "?" + name, t));
            }
        }
        Set<String> allTypes = new LinkedHashSet<>();
        for (List<String> x : gents) allTypes.add(x.get(1));
        for (List<String> x : pents) allTypes.add(x.get(1));
        for (String t : allTypes) {
            Set<List<String>> gt = filterType(gents, t), pt = filterType(pents, t);
            count(perType.computeIfAbsent(t, k -> new int[3]), gt, pt);
        }
        count(c, gents, pents);
        addErrors(errors, did, "entity-miss", minus(gents, pents));
        addErrors(errors, did, "entity-spurious", minus(pents, gents));
    }

    private void scoreRelations(String did, JsonNode g, JsonNode p, Map<String, List<JsonNode>> byKey,
                                Map<String, List<String>> pforms, int[] c, List<List<String>> errors) {
        Set<List<String>> grel = new LinkedHashSet<>();
        for (JsonNode r : g.path("relations")) {
            grel.add(relationKey(r, n -> orUnknown(resolve(n, byKey, null, List.of()), n)));
        }
        Set<List<String>> prel = new LinkedHashSet<>();
        if (p != null) {
            for (JsonNode r : p.path("relations")) {
                prel.add(relationKey(r, n -> orUnknown(resolve(n, byKey, null, pforms.getOrDefault(n, List.of())), n)));
            }
        }
        count(c, grel, prel);
        addErrors(errors, did, "relation-miss", minus(grel, prel));
        addErrors(errors, did, "relation-spurious", minus(prel, grel));
    }

    private void scoreMoves(String did, JsonNode g, JsonNode p, Map<String, List<JsonNode>> byKey,
                            Map<String, List<String>> pforms, int[] c, List<List<String>> errors) {
        Set<List<String>> gm = new LinkedHashSet<>();
        for (JsonNode m : g.path("stockMoves")) {
            String company = m.path("company").asString();
            gm.add(List.of(orUnknown(resolve(company, byKey, null, List.of()), company), rounded(m)));
        }
        Set<List<String>> pm = new LinkedHashSet<>();
        if (p != null) {
            for (JsonNode m : p.path("stockMoves")) {
                String company = m.path("company").asString();
                pm.add(List.of(orUnknown(resolve(company, byKey, null, pforms.getOrDefault(company, List.of())), company),
                        rounded(m)));
            }
        }
        count(c, gm, pm);
        addMoveErrors(errors, did, "move-miss", minus(gm, pm));
        addMoveErrors(errors, did, "move-spurious", minus(pm, gm));
    }

    private static String rounded(JsonNode m) {
        return Long.toString((long) Math.rint(m.path("changePct").asDouble()));
    }

    private static List<String> relationKey(JsonNode r, java.util.function.Function<String, String> resolver) {
        String p = r.path("p").asString();
        String s = resolver.apply(r.path("s").asString());
        String o = p.equals("headquarteredIn") ? norm(r.path("o").asString()) : resolver.apply(r.path("o").asString());
        if (SYMMETRIC.contains(p) && s.compareTo(o) > 0) {
            String t = s; s = o; o = t;
        }
        return List.of(s, p, o);
    }

    private static String orUnknown(String hit, String name) { return hit != null ? hit : "?" + name; }

    static Map<String, List<JsonNode>> indexGold(JsonNode doc) {
        Map<String, List<JsonNode>> byKey = new HashMap<>();
        for (JsonNode e : doc.path("entities")) {
            List<String> forms = new ArrayList<>();
            forms.add(e.path("name").asString());
            for (JsonNode m : e.path("mentions")) forms.add(m.asString());
            for (String f : forms) byKey.computeIfAbsent(norm(f), k -> new ArrayList<>()).add(e);
        }
        return byKey;
    }

    /** The gold entity named by name or, failing that, by one of its other forms; null when none. */
    static String resolve(String name, Map<String, List<JsonNode>> byKey, String type, List<String> forms) {
        List<String> all = new ArrayList<>();
        all.add(name);
        all.addAll(forms);
        for (String f : all) {
            for (JsonNode cand : byKey.getOrDefault(norm(f), List.of())) {
                if (type == null || type.equals(cand.path("type").asString())) return cand.path("name").asString();
            }
        }
        return null;
    }

    /** score.py's norm(): NFKC, case fold, ’ → ', final 's or s' dropped, separators to one space. */
    public static String norm(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC);
        n = n.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT); // casefold: "ß" → "ss"
        n = n.replace('’', '\'');
        n = GENITIVE.matcher(n).replaceFirst("");
        n = SEPARATORS.matcher(n).replaceAll(" ");
        return n.strip();
    }

    private static Set<List<String>> filterType(Set<List<String>> s, String t) {
        Set<List<String>> out = new LinkedHashSet<>();
        for (List<String> x : s) if (x.get(1).equals(t)) out.add(x);
        return out;
    }

    /** Adds true positives, false positives and false negatives of one document to {@code c}. */
    private static void count(int[] c, Set<List<String>> gold, Set<List<String>> pred) {
        c[0] += intersect(gold, pred).size();
        c[1] += minus(pred, gold).size();
        c[2] += minus(gold, pred).size();
    }

    private static Set<List<String>> intersect(Set<List<String>> a, Set<List<String>> b) {
        Set<List<String>> out = new LinkedHashSet<>(a);
        out.retainAll(b);
        return out;
    }

    private static Set<List<String>> minus(Set<List<String>> a, Set<List<String>> b) {
        Set<List<String>> out = new LinkedHashSet<>(a);
        out.removeAll(b);
        return out;
    }

    private static final Comparator<List<String>> TUPLE_ORDER = (x, y) -> {
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            int c = x.get(i).compareTo(y.get(i));
            if (c != 0) return c;
        }
        return Integer.compare(x.size(), y.size());
    };

    private static void addErrors(List<List<String>> errors, String did, String kind, Set<List<String>> items) {
        List<List<String>> sorted = new ArrayList<>(items);
        sorted.sort(TUPLE_ORDER);
        for (List<String> x : sorted) errors.add(List.of(did, kind, pyTuple(x, -1)));
    }

    /** Moves sort by entity, then by the rounded percent as a number, like Python's (str, int) tuples. */
    private static void addMoveErrors(List<List<String>> errors, String did, String kind, Set<List<String>> items) {
        List<List<String>> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.<List<String>, String>comparing(x -> x.get(0)).thenComparingLong(x -> Long.parseLong(x.get(1))));
        for (List<String> x : sorted) errors.add(List.of(did, kind, pyTuple(x, 1)));
    }

    /** Python's str() of a tuple: strings quoted by repr, the item at numberAt bare. */
    private static String pyTuple(List<String> items, int numberAt) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(i == numberAt ? items.get(i) : pyRepr(items.get(i)));
        }
        return sb.append(")").toString();
    }

    static String pyRepr(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(q);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\' || ch == q) sb.append('\\').append(ch);
            else if (ch == '\n') sb.append("\\n");
            else if (ch == '\t') sb.append("\\t");
            else if (ch == '\r') sb.append("\\r");
            else sb.append(ch);
        }
        return sb.append(q).toString();
    }

    /** Python's round(x, 3) (exact binary value, ties to even), formatted with three decimals. */
    static String round3(double x) {
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }
}
