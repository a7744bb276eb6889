package dev.aikg.annotate;

import dev.aikg.model.Document;
import dev.aikg.model.Entity;
import dev.aikg.model.Extraction;
import dev.aikg.model.Mention;

import java.util.List;
import java.util.stream.Collectors;

/** Test helpers: run the standard pipeline over a small text with the small lexicon. */
public final class Extract {
    private static final Pipeline PIPELINE = Pipelines.standard(SmallLexicon.get(), StageTimings.NONE);

    private Extract() { }

    public static Extraction run(String text, String lang) {
        return PIPELINE.extract(new Document("t", null, text, lang, null, null, null));
    }

    /** "type:name" of every entity, e.g. "Organization:Nvidia". */
    public static List<String> entities(String text, String lang) {
        return run(text, lang).entities().stream().map(e -> e.type().label() + ":" + e.name()).collect(Collectors.toList());
    }

    /** The surfaces of the entity with this name, or an empty list. */
    public static List<String> surfaces(String text, String lang, String name) {
        for (Entity e : run(text, lang).entities()) {
            if (e.name().equals(name)) return e.mentions().stream().map(Mention::surface).collect(Collectors.toList());
        }
        return List.of();
    }

    /** "Subject predicate Object" of every relation, by entity names (a literal object as written). */
    public static List<String> facts(String text, String lang) {
        Extraction x = run(text, lang);
        java.util.Map<String, String> names = new java.util.HashMap<>();
        for (Entity e : x.entities()) names.put(e.id(), e.name());
        return x.relations().stream().map(r -> names.getOrDefault(r.subjectId(), r.subjectId()) + " "
                + r.predicate().label() + " " + names.getOrDefault(r.object(), r.object())).distinct().collect(Collectors.toList());
    }
}
