package dev.aikg.annotate.stock;

import dev.aikg.annotate.relation.Docs;
import dev.aikg.lexicon.Lexicon;
import dev.aikg.model.StockMove;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whose shares moved (the hundred-and-fourteenth blind round): a name inside the mover's apposition ("Nerdy, the company
 * behind the Varsity Tutors brand, fell"), a plain verb before a later figure of the sentence that is a move ("A slipped
 * 2.7% and B lost 4.6% on Monday"), a German name with a plural verb after a market report ("Carlsberg gaben dagegen in
 * Kopenhagen um 0,5 Prozent nach"); and of the hundred-and-seventeenth: the owner's shares before the figure point back past a
 * name after it, "verteuerten sich", a company described by its seat and kind. Our own sentences; Lumen has no ticker here.
 */
class TestMoversInAppositionsAndPairs {
    private static List<StockMove> moves(String text, String lang) {
        return Docs.run(Docs.of(text, lang, LocalDate.of(2025, 3, 12), "org/unlisted-lumen=Lumen", "org/vantor=Vantor",
                "org/ostara=Ostara"), Lexicon.empty()).stockMoves();
    }

    private static List<String> movers(List<StockMove> moves) {
        return moves.stream().map(m -> m.subjectId() + " " + m.changePct()).toList();
    }

    @Test
    void aNameInsideTheMoversAppositionDescribesIt() {
        var d = movers(moves("The industry has grown for years. Lumen, the Boston company behind the Vantor brand, fell 6.1% on "
                + "Tuesday as well.", "en"));
        assertEquals(List.of("org/unlisted-lumen -6.1"), d, d.toString());
    }

    @Test
    void aPlainVerbBeforeALaterMoveOfTheSentence() {
        var pair = movers(moves("The industry has grown for years. Lumen slipped 2.7% and Vantor lost 4.6% on Monday.", "en"));
        assertEquals(List.of("org/unlisted-lumen -2.7", "org/vantor -4.6"), pair, pair.toString());
        // "grew" is no verb of a price move: the revenue figure stays out.
        var grew = movers(moves("The industry has grown for years. Lumen grew 12% and Vantor lost 4.6% on Monday.", "en"));
        assertEquals(List.of("org/vantor -4.6"), grew, grew.toString());
    }

    @Test
    void aGermanNameWithAPluralVerbContinuesTheMarketReport() {
        var d = movers(moves("Die Papiere von Ostara legten am Dienstag in Brüssel um 0,8 Prozent zu. Lumen gaben dagegen in "
                + "Kopenhagen um 0,5 Prozent nach.", "de"));
        assertTrue(d.contains("org/unlisted-lumen -0.5"), d.toString());
        // Without a market report before it, a figure after a name is no price move.
        var alone = movers(moves("Die Branche wächst seit Jahren kräftig. Lumen gaben dagegen in Kopenhagen um 0,5 Prozent nach.", "de"));
        assertEquals(List.of(), alone, alone.toString());
    }

    @Test
    void theOwnersSharesPointBackPastANameAfterTheFigure() {
        var d = movers(moves("The industry has grown for years. Vantor reported results. The cable maker, which in July closed its "
                + "$4.2 billion takeover of the wire producer Ostara, now trades at a valuation usually reserved for software groups, and "
                + "its shares rose 3.8% on Tuesday after Lumen lifted its price target.", "en"));
        assertEquals(List.of("org/vantor 3.8"), d, d.toString());
        // The name that opens the clause, after a word of its own, owns them; so does the nearest name before the pronoun.
        var opener = movers(moves("The industry has grown for years. Rival Lumen, led by chief executive Ines Kaur, has preferred to "
                + "talk about fees; its shares slipped 1.4 percent on Thursday.", "en"));
        assertEquals(List.of("org/unlisted-lumen -1.4"), opener, opener.toString());
        var nearest = movers(moves("The industry has grown for years. Ostara rose 4.6% on Wednesday, the same day Vantor became the "
                + "most valuable company after its shares climbed 3%.", "en"));
        assertTrue(nearest.contains("org/vantor 3.0") && !nearest.contains("org/ostara 3.0"), nearest.toString());
    }

    @Test
    void dearerSharesAndACompanyDescribedBySeatAndKind() {
        var dearer = movers(moves("Die Aktien stiegen. Auch die Vantor-Papiere verteuerten sich am selben Tag in Mailand um 2,2 Prozent.", "de"));
        assertEquals(List.of("org/vantor 2.2"), dearer, dearer.toString());
        var described = movers(moves("The industry has grown for years. Vantor reported results on Monday, and its shares were in demand. The Atlanta-based group rose "
                + "1.9% on the same day, helped by a note from Ostara.", "en"));
        assertEquals(List.of("org/vantor 1.9"), described, described.toString());
    }
}
