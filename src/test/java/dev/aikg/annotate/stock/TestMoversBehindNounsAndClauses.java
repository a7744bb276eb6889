package dev.aikg.annotate.stock;

import dev.aikg.annotate.relation.Docs;
import dev.aikg.lexicon.Lexicon;
import dev.aikg.model.StockMove;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Whose shares moved when the mover stands behind a noun (the ninety-fifth blind round): "die Papiere der X" (a feminine
 * genitive), "die Aktie des Software-Anbieters, der … mit Y konkurriert," (a noun that points back, a rival inside a
 * closed clause) and "die Aktie der Y-Tochter" (a name glued to a noun describes another company). Our own sentences.
 */
class TestMoversBehindNounsAndClauses {
    private static List<StockMove> moves(String text) {
        return Docs.run(Docs.of(text, "de", LocalDate.of(2025, 3, 12), "org/lumen=Lumen", "org/vantor=Vantor",
                "org/ostara=Ostara"), Lexicon.empty()).stockMoves();
    }

    @Test
    void theSharesOfAFeminineName() {
        List<StockMove> d = moves("Die Papiere der Lumen, Betreiberin des Parks Ostara und ein direkter Konkurrent der Vantor, "
                + "fielen in Paris um 2,0 Prozent.");
        assertEquals(1, d.size(), d.toString());
        assertEquals("org/lumen", d.get(0).subjectId(), d.toString());
    }

    @Test
    void aRivalInsideAClosedClauseOnANounThatPointsBack() {
        List<StockMove> d = moves("Unter Druck stand dagegen Lumen. Die Aktie des niederländischen Software-Anbieters, der im "
                + "Ticketing mit Vantor konkurriert, fiel am Dienstag in Amsterdam um 4,1 Prozent.");
        assertEquals(1, d.size(), d.toString());
        assertEquals("org/lumen", d.get(0).subjectId(), d.toString());
    }

    @Test
    void aNameGluedToANounDescribesAnother() {
        List<StockMove> d = moves("Noch kräftiger ging es für Vantor nach oben: Die Aktie der Lumen-Tochter hatte bereits am "
                + "Donnerstag um 4,1 Prozent zugelegt.");
        assertEquals(1, d.size(), d.toString());
        assertEquals("org/vantor", d.get(0).subjectId(), d.toString());
    }

    @Test
    void sharesInTheDescribedMakerPointBack() {
        List<StockMove> d = Docs.run(Docs.of("The exception was Lumen. Shares in the Hikone-based maker jumped 4.5 percent on "
                + "Monday.", "en", LocalDate.of(2025, 3, 12), "org/lumen=Lumen", "org/vantor=Vantor"), Lexicon.empty()).stockMoves();
        assertEquals(1, d.size(), d.toString());
        assertEquals("org/lumen", d.get(0).subjectId(), d.toString());
    }

    @Test
    void aStockWordBeforeTheFigurePointsBackPastANameAfterIt() {
        // The hundred-and-thirteenth round: the index named after the figure moved with its own.
        List<StockMove> d = moves("Am härtesten trifft es Lumen. Die Aktie fiel am Dienstag um 3,8 Prozent und belastete den "
                + "Leitindex Ostara, der 0,4 Prozent nachgab.");
        assertEquals("org/lumen", d.get(0).subjectId(), d.toString());
        assertEquals(-3.8, d.get(0).changePct(), 1e-9, d.toString());
    }

    @Test
    void aSecondVerbAfterUndIsAnotherPredicatesDirection() {
        List<StockMove> d = moves("Am härtesten trifft es Lumen. Die Aktie verlor am Dienstag 3,8 Prozent und zog den Leitindex "
                + "Ostara mit nach unten, der 0,4 Prozent nachgab.");
        assertEquals("org/lumen", d.get(0).subjectId(), d.toString());
        assertEquals(-3.8, d.get(0).changePct(), 1e-9, d.toString());
    }
}
