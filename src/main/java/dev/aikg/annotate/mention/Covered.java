package dev.aikg.annotate.mention;

import dev.aikg.model.EntityType;
import dev.aikg.model.Mention;

import java.util.List;

/** Which tokens earlier finders already claimed. */
final class Covered {
    private Covered() { }

    /** Which tokens earlier finders claimed for an entity of the given type. */
    static boolean[] of(DocumentTokens d, List<Mention> found, EntityType type) {
        boolean[] covered = new boolean[d.size()];
        for (Mention m : found) {
            if (m.type() != type) continue;
            for (int k = d.indexAt(m.start()); k < d.size() && d.get(k).start() < m.end(); k++) covered[k] = true;
        }
        return covered;
    }

    static boolean[] of(DocumentTokens d, List<Mention> found) {
        boolean[] covered = new boolean[d.size()];
        for (Mention m : found) {
            for (int k = d.indexAt(m.start()); k < d.size() && d.get(k).start() < m.end(); k++) covered[k] = true;
        }
        return covered;
    }
}
