package dev.aikg.read;

import java.nio.file.Path;

/** Stable document ids: the file name without its extension, made safe for an IRI path segment. */
public final class DocumentIds {
    private DocumentIds() { }

    public static String fromPath(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return sanitize(dot > 0 ? name.substring(0, dot) : name);
    }

    /** Keeps letters, digits, '_', '-' and '.'; everything else becomes '-'. Never empty. */
    public static String sanitize(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '_' || c == '-' || c == '.';
            sb.append(ok ? c : '-');
        }
        String s = sb.toString().replaceAll("-{2,}", "-");
        // "." and ".." are dot-segments: IRI normalisation would remove them and merge graphs.
        boolean meaningless = s.chars().allMatch(c -> c == '-' || c == '.');
        return meaningless ? "doc" : s;
    }
}
