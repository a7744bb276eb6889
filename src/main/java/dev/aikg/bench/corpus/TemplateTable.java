package dev.aikg.bench.corpus;

import java.util.EnumMap;
import java.util.Map;

/** The parsed templates of one language, by kind. Every kind must have at least one template. */
final class TemplateTable {
    private static final TemplateTable GERMAN = new TemplateTable(GermanTemplates.texts());
    private static final TemplateTable ENGLISH = new TemplateTable(EnglishTemplates.texts());

    private final Map<Kind, Template[]> byKind = new EnumMap<>(Kind.class);

    TemplateTable(Map<Kind, String[]> texts) {
        for (Kind k : Kind.values()) {
            String[] t = texts.get(k);
            if (t == null || t.length == 0) throw new IllegalStateException("no templates for " + k);
            Template[] parsed = new Template[t.length];
            for (int i = 0; i < t.length; i++) parsed[i] = Template.parse(t[i]);
            byKind.put(k, parsed);
        }
    }

    static TemplateTable of(boolean german) { return german ? GERMAN : ENGLISH; }

    Template[] get(Kind kind) { return byKind.get(kind); }
}
