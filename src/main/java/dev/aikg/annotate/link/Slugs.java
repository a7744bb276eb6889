package dev.aikg.annotate.link;

import dev.aikg.model.EntityType;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Entity ids from names, by the project's slug rule: lower case, ä→ae ö→oe ü→ue ß→ss, other
 * diacritics dropped, every run of other characters outside [a-z0-9] becomes "-", trimmed of "-".
 * The same name always gives the same id, so an entity found in two articles is one node.
 */
public final class Slugs {
    private Slugs() { }

    public static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        s = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(s.length());
        boolean dash = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                sb.append(c);
                dash = false;
            } else if (!dash) {
                sb.append('-');
                dash = true;
            }
        }
        int from = 0, to = sb.length();
        while (from < to && sb.charAt(from) == '-') from++;
        while (to > from && sb.charAt(to - 1) == '-') to--;
        return sb.substring(from, to);
    }

    /** The id kind of an entity type: org, person, model, chip, index. */
    public static String kind(EntityType type) {
        return switch (type) {
            case PERSON -> "person";
            case ORGANIZATION -> "org";
            case AI_MODEL -> "model";
            case CHIP -> "chip";
            case STOCK_INDEX -> "index";
        };
    }

    /** "{kind}/{slug}", e.g. {@code person/liang-wenfeng}. */
    public static String entityId(EntityType type, String name) {
        return kind(type) + "/" + slug(name);
    }
}
