package dev.aikg.annotate.relation;

import dev.aikg.annotate.Pipelines;
import dev.aikg.annotate.StageTimings;
import dev.aikg.lexicon.LexiconLoader;
import dev.aikg.model.*;
import dev.aikg.read.DocumentReader;
import org.junit.jupiter.api.Test;
import java.nio.file.Path;
import java.util.List;

class ScratchDebugTest {
    @Test
    void dump() {
        var p = Pipelines.standard(LexiconLoader.load(Path.of("data/lexicon")), StageTimings.NONE);
        for (Document d : new DocumentReader().readAll(List.of(Path.of(System.getProperty("f"))), x -> { })) {
            Extraction x = p.extract(d);
            String needle = System.getProperty("needle", "");
            for (Relation r : x.relations()) {
                String s = x.sentences().get(r.evidence().sentence()).text();
                String line = r.subjectId() + " " + r.predicate().label() + " " + r.object() + " [" + r.evidence().rule() + "] " + s;
                if (line.contains(needle)) System.out.println(line);
            }
        }
    }
}
