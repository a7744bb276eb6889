package dev.aikg.annotate;

import dev.aikg.annotate.relation.Docs;
import dev.aikg.lexicon.Lexicon;
import dev.aikg.model.Entity;
import dev.aikg.model.Extraction;
import dev.aikg.model.StockMove;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the hundred-and-twenty-first blind round (hair salons; lotteries; prisons and private security) showed: an owned
 * system and an article's coded model named in an apposition, a name after a model noun is no person whatever verb
 * follows, a German holder's noun opening the sentence, an institute named after a person, a business word in a
 * surname's place; a short form of several words hyphened into a share compound ("die Wachwerk-Nord-Aktie"), and "the
 * same day" dating a plain move. Our own sentences.
 */
class TestOwnedSystemsShortFormsAndSameDays {
    private static final String DE = "Die Branche wächst seit Jahren kräftig. ";
    private static final String EN = "The industry has grown for years. ";

    @Test
    void anOwnedSystemAndAnArticlesCodedModelInAnApposition() {
        List<String> system = Extract.entities(EN + "Corvid Labs builds drone detectors. Corvid's system, Corvid Sentinel, combines radar "
                + "with video.", "en");
        assertTrue(system.contains("AIModel:Corvid Sentinel"), system.toString());
        List<String> coded = Extract.entities(EN + "Lineup Labs also runs a smaller pricing model, Lineup Price-1, that adjusts discounts.", "en");
        assertTrue(coded.contains("AIModel:Lineup Price-1"), coded.toString());
        // Without a code, an article's model noun names no model in an apposition: "a pricing model, Lineup Labs, …" is odd,
        // and a payment system's name is not taken either.
        List<String> payments = Extract.entities(EN + "Brazil built a payment system, Pix Rapido, that banks must join.", "en");
        assertFalse(payments.contains("AIModel:Pix Rapido"), payments.toString());
    }

    @Test
    void aNameAfterAModelNounIsNoPerson() {
        List<String> model = Extract.entities(DE + "Das Berliner Startup Veridon Labs wächst. Sein Modell Veridon Protokoll schreibt die "
                + "Tonspur mit.", "de");
        assertFalse(model.contains("Person:Veridon Protokoll"), model.toString());
        assertTrue(model.contains("AIModel:Veridon Protokoll"), model.toString());
    }

    @Test
    void holderNounsInstitutesAndBusinessWords() {
        List<String> holder = Extract.entities(DE + "Großaktionär Günther Holding, die Familienholding aus Hamburg, hält ein Drittel.", "de");
        assertTrue(holder.contains("Organization:Günther Holding"), holder.toString());
        assertFalse(holder.contains("Organization:Großaktionär Günther Holding"), holder.toString());
        List<String> institute = Extract.entities(DE + "Das sagte Suchtforscher Andreas Pichler vom Anton Proksch Institut in Wien.", "de");
        assertTrue(institute.contains("Organization:Anton Proksch Institut"), institute.toString());
        List<String> security = Extract.entities(EN + "The group bought Stanley Security in 2022.", "en");
        assertFalse(security.contains("Person:Stanley Security"), security.toString());
        List<String> media = Extract.entities(DE + "Der Dienst wird von der Tochterfirma Berlin Phil Media verwaltet.", "de");
        assertFalse(media.contains("Person:Phil Media"), media.toString());
    }

    @Test
    void aShortFormOfSeveralWordsHyphenedIntoAShareCompound() {
        Extraction x = Extract.run(DE + "Diesen Weg geht nun auch die Wachwerk Nord AG aus Hamburg. Die Wachwerk-Nord-Aktie stieg am "
                + "Donnerstag im frühen Handel um 4,7 Prozent.", "de");
        Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
        List<String> moves = x.stockMoves().stream().map(m -> names.get(m.subjectId()) + " " + m.changePct()).toList();
        assertEquals(List.of("Wachwerk Nord AG 4.7"), moves, moves.toString());
    }

    @Test
    void theSameDayDatesAPlainMove() {
        List<StockMove> moves = Docs.run(Docs.of(EN + "Lumen fell 2.5% the same day.", "en", LocalDate.of(2025, 3, 12), "org/lumen=Lumen"),
                Lexicon.empty()).stockMoves();
        assertEquals(List.of("org/lumen -2.5"), moves.stream().map(m -> m.subjectId() + " " + m.changePct()).toList(), moves.toString());
    }
}
