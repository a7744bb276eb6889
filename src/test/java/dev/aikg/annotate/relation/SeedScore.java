package dev.aikg.annotate.relation;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small Java port of the relation and stock-move part of {@code /work/shared/eval/score.py}, so a
 * floor test can assert F1 without Python: names fold case, punctuation and a genitive s; ends
 * resolve through gold names and mentions (and the predicted entity's own mentions).
 */
final class SeedScore {
    record F1(int tp, int fp, int fn) {
        double f1() { return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn); }
    }

    private SeedScore() { }

    static F1[] score(String goldJson, String predJson) {
        JsonMapper m = JsonMapper.builder().build();
        JsonNode gold = m.readTree(goldJson), pred = m.readTree(predJson);
        Map<String, JsonNode> pdocs = new HashMap<>();
        for (JsonNode d : pred.get("documents")) pdocs.put(d.get("id").asString(), d);
        int[] rel = new int[3], mov = new int[3];
        for (JsonNode g : gold.get("documents")) {
            JsonNode p = pdocs.get(g.get("id").asString());
            Map<String, String> byKey = new HashMap<>();
            for (JsonNode e : g.get("entities")) {
                byKey.putIfAbsent(norm(e.get("name").asString()), e.get("name").asString());
                for (JsonNode f : e.get("mentions")) byKey.putIfAbsent(norm(f.asString()), e.get("name").asString());
            }
            Map<String, List<String>> forms = new HashMap<>();
            if (p != null) for (JsonNode e : p.get("entities")) {
                forms.put(e.get("name").asString(), e.get("mentions").valueStream().map(JsonNode::asString).toList());
            }
            Set<String> gr = new HashSet<>(), pr = new HashSet<>(), gm = new HashSet<>(), pm = new HashSet<>();
            for (JsonNode r : g.get("relations")) gr.add(key(r, byKey, Map.of()));
            for (JsonNode s : g.get("stockMoves")) gm.add(resolve(s.get("company").asString(), byKey, Map.of()) + "|" + Math.round(s.get("changePct").asDouble()));
            if (p != null) {
                for (JsonNode r : p.get("relations")) pr.add(key(r, byKey, forms));
                for (JsonNode s : p.get("stockMoves")) pm.add(resolve(s.get("company").asString(), byKey, forms) + "|" + Math.round(s.get("changePct").asDouble()));
            }
            count(gr, pr, rel);
            count(gm, pm, mov);
        }
        return new F1[] {new F1(rel[0], rel[1], rel[2]), new F1(mov[0], mov[1], mov[2])};
    }

    private static void count(Set<String> g, Set<String> p, int[] c) {
        for (String x : p) if (g.contains(x)) c[0]++; else c[1]++;
        for (String x : g) if (!p.contains(x)) c[2]++;
    }

    private static String key(JsonNode r, Map<String, String> byKey, Map<String, List<String>> forms) {
        String p = r.get("p").asString();
        String s = resolve(r.get("s").asString(), byKey, forms);
        String o = p.equals("headquarteredIn") ? norm(r.get("o").asString()) : resolve(r.get("o").asString(), byKey, forms);
        if (p.equals("competesWith") && s.compareTo(o) > 0) { String t = s; s = o; o = t; }
        return s + " " + p + " " + o;
    }

    private static String resolve(String name, Map<String, String> byKey, Map<String, List<String>> forms) {
        String hit = byKey.get(norm(name));
        if (hit != null) return hit;
        for (String f : forms.getOrDefault(name, List.of())) {
            hit = byKey.get(norm(f));
            if (hit != null) return hit;
        }
        return "?" + name;
    }

    static String norm(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).toLowerCase().replace('’', '\'');
        n = n.replaceAll("('s|s')$", "");
        return n.replaceAll("[\\s\\-_.,]+", " ").strip();
    }
}
