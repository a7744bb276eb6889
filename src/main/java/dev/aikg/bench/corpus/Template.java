package dev.aikg.bench.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence pattern, parsed once into literal text and slots so rendering is plain appends.
 * Slots: {@code {company}} a value, {@code {company:gen}} a value in a form (genitive, compound,
 * surname), {@code {analyst?Analystin:Analyst}} a word chosen by the gender of a person slot.
 */
final class Template {
    /** A slot: the value's key and its form, or the two gendered words for a person key. */
    record Slot(String key, String form, String female, String male) { }

    /** Resolves slots while an article is written. */
    interface Values {
        void append(StringBuilder sb, Slot slot);
    }

    private final Object[] parts;

    private Template(Object[] parts) { this.parts = parts; }

    static Template parse(String text) {
        List<Object> parts = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('{', i);
            if (open < 0) {
                parts.add(text.substring(i));
                break;
            }
            if (open > i) parts.add(text.substring(i, open));
            int close = text.indexOf('}', open);
            if (close < 0) throw new IllegalArgumentException("unclosed slot in template: " + text);
            parts.add(slot(text.substring(open + 1, close)));
            i = close + 1;
        }
        return new Template(parts.toArray());
    }

    private static Slot slot(String body) {
        int q = body.indexOf('?');
        if (q >= 0) {
            int colon = body.indexOf(':', q);
            return new Slot(body.substring(0, q), "", body.substring(q + 1, colon), body.substring(colon + 1));
        }
        int colon = body.indexOf(':');
        return colon < 0 ? new Slot(body, "", null, null) : new Slot(body.substring(0, colon), body.substring(colon + 1), null, null);
    }

    void render(StringBuilder sb, Values values) {
        for (Object p : parts) {
            if (p instanceof String s) sb.append(s);
            else values.append(sb, (Slot) p);
        }
    }

    /** The slot keys used, for checking that a table only uses keys its values know. */
    List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (Object p : parts) if (p instanceof Slot s) keys.add(s.key());
        return keys;
    }
}
