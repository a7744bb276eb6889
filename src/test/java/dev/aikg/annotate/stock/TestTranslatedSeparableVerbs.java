package dev.aikg.annotate.stock;

import dev.aikg.annotate.relation.Docs;
import dev.aikg.lexicon.Lexicon;
import dev.aikg.model.StockMove;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A machine-translated German text keeps a separable verb's particle by the verb: "nahm zu am Montag um 4,1 Prozent". */
class TestTranslatedSeparableVerbs {
    private static List<StockMove> moves(String text) {
        return Docs.run(Docs.of(text, "de", LocalDate.of(2025, 3, 12), "org/lumen=Lumen", "org/vantor=Vantor"), Lexicon.empty())
                .stockMoves();
    }

    @Test
    void theParticleRightAfterTheVerb() {
        List<StockMove> d = moves("Die Aktie von Lumen nahm zu am Montag um 4,1 Prozent, nachdem der Konzern Kosten senkte. "
                + "Die Papiere von Vantor gaben dagegen 1,8 Prozent nach.");
        assertEquals(2, d.size(), d.toString());
        assertEquals(4.1, d.get(0).changePct(), 1e-9, d.toString());
        assertEquals(-1.8, d.get(1).changePct(), 1e-9, d.toString());
    }
}
