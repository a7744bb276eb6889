package dev.aikg.annotate.link;

import dev.aikg.annotate.AnnotatedDocument;
import dev.aikg.annotate.mention.Cues;
import dev.aikg.annotate.text.Abbreviations;
import dev.aikg.annotate.mention.LexiconIndex;
import dev.aikg.lexicon.LexiconEntry;
import dev.aikg.model.EntityType;
import dev.aikg.model.Method;
import dev.aikg.model.Mention;
import dev.aikg.model.Sentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Short forms within one article: a surname after the full name of a person ("Altman" after "Sam
 * Altman", "Liangs" after "Liang Wenfeng", "Socker" after the garbled "Richard Socker"), the family
 * name of a Chinese name, and the first part of an organisation found by its suffix ("Bernstein"
 * after "Bernstein Research", also in compounds such as "Bernstein-Analyst"). A short form counts
 * only after its full form, and only when it points to one entity. An abbreviation the article defines
 * in brackets after a name ("Technology Innovation Institute (TII)", "Deutsches Forschungszentrum für
 * Künstliche Intelligenz (DFKI)") is a short form of that name from the bracket on ({@link Abbreviations}).
 */
final class ShortForms {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\u00a0]+");
    static final double CONFIDENCE = 0.75;

    /** A short form, the entity it stands for, and where that entity's first full mention starts. */
    private record Form(String text, String entityId, EntityType type, int after, boolean wholeCompany) {
        Form(String text, String entityId, EntityType type, int after) { this(text, entityId, type, after, false); }
    }

    List<Mention> resolve(AnnotatedDocument doc, List<Mention> mentions, LexiconIndex index) {
        Map<String, Form> forms = collect(doc.text(), mentions, index);
        if (forms.isEmpty()) return mentions;
        List<Mention> out = new ArrayList<>(mentions.size() + 8);
        // Mentions that are themselves a bare short form take the full entity ("Bernstein" from "Bernstein-Analyst"); a
        // company known only by a context label yields to a person's surname ("Gallagher said" after "Tom Gallagher").
        for (Mention m : mentions) {
            Form f = forms.get(m.surface());
            // "Osterlohs Team" after "Miriam Osterloh": the genitive of a short form.
            String surface = m.surface();
            if (f == null && surface.length() > 3 && surface.endsWith("s")) f = forms.get(surface.substring(0, surface.length() - 1));
            if (f != null && !f.entityId().equals(m.entityId()) && m.start() >= f.after()
                    // "sagte Brenninger" after "Katharina Brenninger": a misspelt company (Breuninger) yields to the surname too.
                    && (m.method() == Method.CUE || (m.method() == Method.CONTEXT || m.method() == Method.FUZZY) && f.type() == EntityType.PERSON
                    // "Dominion's CEO" after "Dominion Energy": a context label of another company yields to the article's own.
                    // A unit's first words ("National Grid" of "National Grid Partners") name its parent, so only a whole
                    // company's name takes them.
                    || m.method() == Method.CONTEXT && f.wholeCompany() && m.type() == EntityType.ORGANIZATION)) {
                out.add(new Mention(m.start(), m.end(), m.surface(), f.type(), f.entityId(), m.sentence(), Method.COREF,
                        "coref:" + f.text(), CONFIDENCE));
            } else {
                out.add(m);
            }
        }
        for (Form f : forms.values()) {
            find(doc, out, f, f.text());
            // "die Wachwerk-Nord-Aktie" after "die Wachwerk Nord AG": a short form of several words, hyphened into a compound.
            if (f.text().indexOf(' ') > 0) find(doc, out, f, f.text().replace(' ', '-'));
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /** Adds a mention of the form's entity wherever {@code written} stands after the full form as a word of its own. */
    private static void find(AnnotatedDocument doc, List<Mention> out, Form f, String written) {
        String text = doc.text();
        for (int at = text.indexOf(written, f.after()); at >= 0; at = text.indexOf(written, at + 1)) {
            int end = wordEnd(text, at, written.length());
            if (end < 0 || doc.isBoilerplate(at, end) || overlapsAny(out, at, end)) continue;
            // "Tobias Kranich … kommt ein Kranich": a surname after an article is a noun.
            if (f.type() == EntityType.PERSON && dev.aikg.annotate.mention.Cues.surnameReadsAsNoun(wordBefore(text, at), wordAfter(text, end))) {
                continue;
            }
            Sentence s = doc.sentenceAt(at);
            out.add(new Mention(at, end, text.substring(at, end), f.type(), f.entityId(), s == null ? -1 : s.index(),
                    Method.COREF, "coref:" + f.text(), CONFIDENCE));
        }
    }

    private static Map<String, Form> collect(String text, List<Mention> mentions, LexiconIndex index) {
        Map<String, Form> forms = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Mention m : mentions) {
            if (m.method() == Method.COREF) continue;
            String[] words = SPACES.split(m.surface().trim());
            if (words.length < 2) continue;
            if (m.type() != EntityType.PERSON) {
                int at = Abbreviations.definedAfter(text, m.end(), words);
                if (at >= 0) {
                    String abbr = text.substring(at, text.indexOf(')', at));
                    if (!isOtherEntityLabel(abbr, m, index)) add(forms, ambiguous, new Form(abbr, m.entityId(), m.type(), at));
                }
            }
            List<String> shorts = new ArrayList<>();
            if (m.type() == EntityType.PERSON) {
                shorts.add(words[words.length - 1]);
                if (words.length == 2 && Cues.is(words[0].toLowerCase(Locale.ROOT), Cues.F_CHINESE)) shorts.add(words[0]);
                String first = words[0];
                int hyphen = first.indexOf('-');
                if (hyphen > 0 && words.length == 2) shorts.add(words[1]);
            } else if (m.type() == EntityType.ORGANIZATION && (m.method() == Method.CUE || m.method() == Method.LEXICON)
                    // "the European rules" after "the European Commission": a public body's words alone name nothing.
                    && !Cues.PUBLIC_BODY_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))
                    && (suffix(words[words.length - 1]) || words.length == 2 && m.method() == Method.LEXICON
                    && INDUSTRY_WORDS.contains(words[1].toLowerCase(Locale.ROOT)))) {
                // "Vellum Technologies Inc" is "Vellum Technologies" and, after a second suffix, "Vellum".
                int n = words.length - 1;
                // "BHP Ventures, the venture arm of Melbourne-based BHP": the first part names the parent, an entity of its own.
                String first = String.join(" ", java.util.Arrays.copyOf(words, n));
                if (armOfItsFirstPart(text, m, first)) {
                    if (!isOtherEntityLabel(first, m, index) && !Cues.is(first.toLowerCase(Locale.ROOT), Cues.F_NOT_NAME)) {
                        add(forms, ambiguous, new Form(first, Slugs.entityId(EntityType.ORGANIZATION, first), EntityType.ORGANIZATION,
                                m.start()));
                    }
                    continue;
                }
                shorts.add(String.join(" ", java.util.Arrays.copyOf(words, n)));
                // "Kaltwalz Robotics GmbH" is "Kaltwalz" too: a descriptive suffix before the legal one.
                if (n >= 2 && suffix(words[n - 1])) {
                    shorts.add(String.join(" ", java.util.Arrays.copyOf(words, n - 1)));
                }
            }
            // "Dominion Energy", "Booking Holdings", "RTL Group": the short form names the whole company, not a unit of it.
            boolean whole = m.type() == EntityType.ORGANIZATION && m.method() == Method.LEXICON
                    && WHOLE_COMPANY_ENDINGS.contains(words[words.length - 1].toLowerCase(Locale.ROOT).replace(".", ""));
            // "the Times reported" after "The New York Times": a paper's masthead word is its short form (not Time magazine's).
            if (m.type() == EntityType.ORGANIZATION && m.method() == Method.LEXICON && masthead(words, m, index)) {
                add(forms, ambiguous, new Form(words[words.length - 1], m.entityId(), m.type(), m.start(), true));
            }
            for (String s : shorts) {
                if (s.length() < 3 || Cues.is(s.toLowerCase(Locale.ROOT), Cues.F_NOT_NAME) || Cues.is(s.toLowerCase(Locale.ROOT), Cues.F_GIVEN) && m.type() == EntityType.PERSON && words.length == 2 && s.equals(words[0])
                        && !Cues.is(s.toLowerCase(Locale.ROOT), Cues.F_CHINESE)) continue;
                if (isOtherEntityLabel(s, m, index)) continue;
                add(forms, ambiguous, new Form(s, m.entityId(), m.type(), m.start(), whole));
            }
        }
        ambiguous.forEach(forms::remove);
        // "das Start-up Restwerk … Gegründet wurde Restwerk 2022 von …": a name a cue found names the same company or
        // model wherever it recurs in the article, where no cue stands. A short form of a longer name keeps its text.
        Map<String, Form> repeats = new HashMap<>();
        Set<String> twice = new HashSet<>();
        for (Mention m : mentions) {
            String surface = m.surface().trim();
            if (m.method() != Method.CUE || m.type() != EntityType.ORGANIZATION && m.type() != EntityType.AI_MODEL
                    || forms.containsKey(surface) || ambiguous.contains(surface) || !repeatable(surface, m, index)) {
                continue;
            }
            add(repeats, twice, new Form(surface, m.entityId(), m.type(), 0));
        }
        twice.forEach(repeats::remove);
        forms.putAll(repeats);
        return forms;
    }

    /** A name to look for again: three characters or more, capitalised, no common word, no label of another entity. */
    private static boolean repeatable(String surface, Mention m, LexiconIndex index) {
        if (surface.length() < 3 || !(Character.isUpperCase(surface.charAt(0)) || Character.isDigit(surface.charAt(0)))) return false;
        if (surface.indexOf(' ') < 0 && Cues.is(surface.toLowerCase(Locale.ROOT), Cues.F_NOT_NAME)) return false;
        return !isOtherEntityLabel(surface, m, index);
    }

    /**
     * The industry a known company's two-word name ends in, which the article drops after naming it once: "Dominion
     * Energy" is "Dominion", "Lufthansa Airlines" "Lufthansa".
     */
    private static final Set<String> INDUSTRY_WORDS = Set.of("energy", "power", "airlines", "airways", "motors", "pharma",
            "pharmaceuticals", "foods", "telecom", "media", "chemicals", "steel", "utilities", "financial", "insurance", "mobility");

    /** Endings of a whole company's name, which a unit's name does not take ("Ventures", "Labs", "Partners" do). */
    private static final Set<String> WHOLE_COMPANY_ENDINGS = union(Set.of("holdings", "holding", "group", "gruppe", "inc", "corp",
            "corporation", "ag", "se", "plc", "ltd", "llc", "nv", "sa"), INDUSTRY_WORDS);

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private static final Set<String> MASTHEAD_WORDS = Set.of("Times", "Post", "Journal", "Telegraph", "Herald", "Tribune", "Chronicle");

    /** A media house named with a masthead word at the end ("The New York Times", "The Washington Post"). */
    private static boolean masthead(String[] words, Mention m, LexiconIndex index) {
        if (!MASTHEAD_WORDS.contains(words[words.length - 1])) return false;
        LexiconEntry e = m.entityId() == null ? null : index.lexicon().get(m.entityId());
        return e != null && "MediaOrganization".equals(e.subtype());
    }

    /** A legal or descriptive suffix of a company name ("GmbH", "Capital", "Robotics", "Games"). */
    private static boolean suffix(String word) {
        String l = word.toLowerCase(Locale.ROOT).replace(".", "");
        return Abbreviations.ORG_SUFFIXES.contains(l) || Cues.is(l, Cues.F_ORG_SUFFIX);
    }

    private static final java.util.regex.Pattern ARM_OF = java.util.regex.Pattern.compile("(?iu)[^.;]{0,40}\\b(arm|unit|subsidiary|"
            + "tochter|sparte|beteiligungsgesellschaft|wagniskapitaltochter|risikokapitaltochter|investment vehicle)\\s+(of|von|des|der)\\b.*");

    /** The text right after the full name calls it an arm or unit of a company named by the name's first part. */
    private static boolean armOfItsFirstPart(String text, Mention m, String first) {
        int to = Math.min(text.length(), m.end() + 90);
        String after = text.substring(m.end(), to);
        return ARM_OF.matcher(after).matches() && after.contains(first);
    }

    /** Keeps the first form of a text; a text that is the short form of two entities is ambiguous. */
    private static void add(Map<String, Form> forms, Set<String> ambiguous, Form f) {
        Form prev = forms.get(f.text());
        if (prev == null) forms.put(f.text(), f);
        else if (!prev.entityId().equals(f.entityId())) ambiguous.add(f.text());
    }

    /** "Schneider" must not become a person's short form where it is a lexicon label of something else. */
    private static boolean isOtherEntityLabel(String s, Mention m, LexiconIndex index) {
        for (LexiconIndex.Label l : index.lookup(EntityResolver.compactKey(s))) {
            LexiconEntry e = l.entry();
            if (!e.id().equals(m.entityId()) && !l.context()) return true;
        }
        return false;
    }

    /** The end of the short form at this offset as a whole word (a genitive -s or a compound may follow), or -1. */
    /** The word right before position at, in lower case, or null. */
    private static String wordBefore(String text, int at) {
        int e = at;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) e--;
        int b = e;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) b--;
        return b < e ? text.substring(b, e).toLowerCase(java.util.Locale.ROOT) : null;
    }

    /** The word right after position end, in lower case, or null. */
    private static String wordAfter(String text, int end) {
        int b = end;
        while (b < text.length() && Character.isWhitespace(text.charAt(b))) b++;
        int e = b;
        while (e < text.length() && Character.isLetter(text.charAt(e))) e++;
        return b < e ? text.substring(b, e).toLowerCase(java.util.Locale.ROOT) : null;
    }

    private static int wordEnd(String text, int at, int len) {
        if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) return -1;
        if (at > 0 && (text.charAt(at - 1) == '-' || text.charAt(at - 1) == '.')) return -1;
        int end = at + len;
        if (end >= text.length()) return end;
        char c = text.charAt(end);
        if (!Character.isLetterOrDigit(c)) return end;
        if (c == 's' && (end + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(end + 1)))) return end + 1;
        return -1;
    }

    private static boolean overlapsAny(List<Mention> ms, int start, int end) {
        for (Mention m : ms) {
            if (m.start() < end && start < m.end()) return true;
        }
        return false;
    }
}
