package dev.aikg.annotate.relation;

import dev.aikg.annotate.AnnotatedDocument;
import dev.aikg.annotate.relation.MentionIndex.Ref;
import dev.aikg.model.EntityType;
import dev.aikg.model.Sentence;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence as the relation rules see it: its text, its lower-cased text for cue checks, and its
 * entity mentions in order, with helpers for "the text between two mentions".
 */
public final class SentenceView {
    final AnnotatedDocument doc;
    final MentionIndex index;
    final Sentence sentence;
    final String text;
    /** Lower-cased sentence text with " -" hyphen garble ("KI -Experte") closed up, for cue checks. */
    final String lower;
    final List<Ref> refs;
    /** True when {@link #lower} lines up character by character with the sentence text. */
    private final boolean lowerAligned;
    /** True when {@link #lower} holds nothing {@link #normalise} changes, so no slice of it does either. */
    private final boolean lowerNormal;
    private List<Words.Word> words;
    /** One bit per entity type (by ordinal) that some mention of the sentence has: the rules' first question. */
    private final int types;

    SentenceView(AnnotatedDocument doc, MentionIndex index, Sentence sentence) {
        this.doc = doc;
        this.index = index;
        this.sentence = sentence;
        this.text = doc.text();
        this.lower = doc.text().substring(sentence.start(), sentence.end()).toLowerCase();
        this.refs = index.in(sentence.index());
        int types = 0;
        for (Ref r : refs) types |= 1 << r.type().ordinal();
        this.types = types;
        this.lowerAligned = lower.length() == sentence.end() - sentence.start() && contextFree(lower, text, sentence);
        this.lowerNormal = lower.indexOf(" -") < 0 && lower.indexOf('’') < 0 && lower.indexOf('\u00a0') < 0;
    }

    /**
     * True when lower-casing this sentence maps each character on its own, so a slice of {@link #lower}
     * equals the lower-cased slice of the text: no capital sigma (its lower case depends on the next
     * letter) and no dotted capital I (it lowers to two characters).
     */
    private static boolean contextFree(String lower, String text, Sentence s) {
        for (int i = s.start(); i < s.end(); i++) {
            char c = text.charAt(i);
            if (c == '\u03a3' || c == '\u0130' || Character.isSurrogate(c)) return false;
        }
        return true;
    }

    int index() { return sentence.index(); }

    /** The words of the whole sentence, split once and shared by the rules (read-only). */
    List<Words.Word> words() {
        if (words == null) {
            words = java.util.Collections.unmodifiableList(lowerAligned
                    ? Words.in(text, sentence.start(), sentence.end(), lower, sentence.start())
                    : Words.in(text, sentence.start(), sentence.end()));
        }
        return words;
    }

    /**
     * True when some word of the sentence (as {@link #words()} splits it) is in the table; also
     * true when the sentence's lower case does not line up with its text, so that a caller that
     * goes on to look at {@link #words()} decides as before. Copies nothing.
     */
    boolean mayHaveWordIn(WordTable table) {
        if (!lowerAligned) return true;
        int b = sentence.end(), base = sentence.start();
        int i = base;
        while (i < b) {
            while (i < b && !Words.wordChar(text.charAt(i))) i++;
            int s = i;
            while (i < b && Words.wordChar(text.charAt(i))) i++;
            if (i > s && table.contains(lower, s - base, i - base)) return true;
        }
        return false;
    }

    boolean has(String cue) { return lower.contains(cue); }

    boolean hasAny(String... cues) {
        for (String c : cues) if (lower.contains(c)) return true;
        return false;
    }

    /** Lower-cased text from {@code a} to {@code b} (document offsets), hyphen garble closed up. */
    String gap(int a, int b) {
        if (b <= a) return "";
        if (lowerAligned && a >= sentence.start() && b <= sentence.end()) {
            String slice = lower.substring(a - sentence.start(), b - sentence.start());
            return lowerNormal ? slice : normalise(slice);
        }
        return normalise(text.substring(a, b).toLowerCase());
    }

    static String normalise(String s) {
        return s.replace(" -", "-").replace('’', '\'').replace('\u00a0', ' ');
    }

    /** The sentence's mentions of each type, in text order, collected on first use (read-only lists). */
    private final List<List<Ref>> byType = new ArrayList<>(java.util.Collections.nCopies(EntityType.values().length, null));

    /** The mentions of a type in text order; the same read-only list on every call. */
    List<Ref> of(EntityType type) {
        List<Ref> l = byType.get(type.ordinal());
        if (l == null) {
            List<Ref> out = new ArrayList<>();
            for (Ref r : refs) if (r.is(type)) out.add(r);
            l = java.util.Collections.unmodifiableList(out);
            byType.set(type.ordinal(), l);
        }
        return l;
    }

    boolean hasType(EntityType type) {
        return (types & (1 << type.ordinal())) != 0;
    }

    /** True when a mention of the given type lies strictly between offsets a and b. */
    boolean typeBetween(int a, int b, EntityType type) {
        for (Ref r : refs) if (r.is(type) && r.start() >= a && r.end() <= b) return true;
        return false;
    }

    /**
     * True when a mention of the given type, of another entity than {@code except}, lies between offsets a and b: the
     * ticker of "Nebius Group (NASDAQ: NBIS), the Amsterdam-based company led by" names the same company.
     */
    boolean otherTypeBetween(int a, int b, EntityType type, String except) {
        for (Ref r : refs) if (r.is(type) && r.start() >= a && r.end() <= b && !r.id().equals(except)) return true;
        return false;
    }

    /** True when any mention other than those of the same entity as x or y lies between them. */
    boolean otherBetween(Ref x, Ref y) {
        for (Ref r : refs) {
            if (r.start() >= x.end() && r.end() <= y.start() && !r.id().equals(x.id()) && !r.id().equals(y.id())) return true;
        }
        return false;
    }

    /** The first mention of this sentence starting at or after the offset, or null. */
    Ref refAfter(int offset) {
        for (Ref r : refs) if (r.start() >= offset) return r;
        return null;
    }

    /** The first mention of the type in this sentence, or null. */
    Ref first(EntityType type) {
        return index.first(sentence.index(), type);
    }

    /** The first mention of the type in the previous sentence (the likely subject of a pronoun), or null. */
    Ref previousSubject(EntityType type) {
        Ref first = index.first(sentence.index() - 1, type);
        // "Lilly's great rival in obesity drugs, Novo Nordisk, has …": the possessor describes the subject named after it.
        if (first != null && (text.startsWith("'s ", first.end()) || text.startsWith("’s ", first.end()))) {
            for (Ref r : index.in(sentence.index() - 1)) {
                if (r.start() <= first.end() || !r.is(type)) continue;
                if (r.start() - first.end() <= 60 && text.startsWith(", ", r.start() - 2)
                        && text.substring(first.end(), r.start()).indexOf('.') < 0) return r;
                break;
            }
        }
        return first;
    }

    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("von", "vom", "by", "for", "für", "of", "from",
            "with", "mit", "bei", "an", "at", "like", "as", "than", "wie", "als");

    /** The word right before r is a preposition: "angeführt von General Catalyst", "an assembler for Apple". */
    boolean objectOfPreposition(Ref r) {
        Words.Word w = Words.before(text, r.start(), Math.max(0, r.start() - 30));
        return w != null && PREPOSITIONS.contains(w.lower());
    }

    /**
     * The company sentence i is about: its first name, when that is an organisation with at most {@code maxWords} words
     * before it in the sentence and no preposition right before it ("Hitachi, for its part, …", not "It has drawn up
     * designs with Nvidia"); else null.
     */
    Ref openingCompany(int i, int maxWords) {
        if (i < 0) return null;
        List<Ref> refs = index.in(i);
        if (refs.isEmpty() || !refs.get(0).is(EntityType.ORGANIZATION) || objectOfPreposition(refs.get(0))) return null;
        Ref first = refs.get(0);
        return Words.in(text, doc.sentences().get(i).start(), first.start()).size() <= maxWords ? first : null;
    }

    /**
     * "Meta-Forscher", "ETH-Informatikerin", "Google- und Alphabet-Chef": the name is glued by a hyphen to a noun it
     * qualifies, and names no actor of the sentence.
     */
    boolean gluedToNoun(Ref r) {
        int e = r.end();
        return e + 1 < sentence.end() && text.charAt(e) == '-' && (Character.isLetter(text.charAt(e + 1))
                || Character.isWhitespace(text.charAt(e + 1)));
    }

    /** True when the mention's own surface carries a genitive ("Microsofts", "OpenAI's"). */
    static boolean genitiveSurface(Ref r) {
        String s = r.mention().surface();
        String name = r.entity().name();
        if (s.endsWith("'s") || s.endsWith("’s")) return true;
        if (!s.endsWith("s") || name.endsWith("s") || name.endsWith("S")) return false;
        String base = s.substring(0, s.length() - 1).toLowerCase();
        String n = name.toLowerCase();
        return n.equals(base) || n.startsWith(base + " ") || n.endsWith(" " + base) || n.startsWith(base + "-");
    }

    /** True when the name at r is a possessive: "Googles", "Nvidia's" (the mention's own -s or an "'s" right after it). */
    boolean possessive(Ref r) {
        String after = gap(r.end(), Math.min(sentence.end(), r.end() + 3));
        // "General Motors' robotaxi unit": a name ending in s takes the apostrophe alone.
        return genitiveSurface(r) || after.startsWith("'s") || after.startsWith("' ") && sibilantEnd(r.mention().surface());
    }

    private static boolean sibilantEnd(String surface) {
        char c = surface.isEmpty() ? ' ' : Character.toLowerCase(surface.charAt(surface.length() - 1));
        return c == 's' || c == 'x' || c == 'z';
    }

    /** The gap after a mention starts with a genitive ending ("’s ", "s ", "' "). */
    static boolean genitiveGap(String gap) {
        return gap.startsWith("'s") || gap.startsWith("s ") || gap.startsWith("' ");
    }

    static String stripGenitive(String gap) {
        if (gap.startsWith("'s")) return gap.substring(2);
        if (gap.startsWith("s ") || gap.startsWith("' ")) return gap.substring(1);
        return gap;
    }
}
