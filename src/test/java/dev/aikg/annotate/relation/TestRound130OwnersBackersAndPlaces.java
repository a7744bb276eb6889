package dev.aikg.annotate.relation;

import dev.aikg.annotate.Pipeline;
import dev.aikg.annotate.Pipelines;
import dev.aikg.annotate.StageTimings;
import dev.aikg.lexicon.Lexicon;
import dev.aikg.lexicon.LexiconEntry;
import dev.aikg.model.Document;
import dev.aikg.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Owners, backers and places learnt while the hundred-and-thirtieth blind round (self-storage and removals; pawnbrokers
 * and debt collectors; contract catering) was written, from misses of the held-out set: an owner described by up to four
 * words ("controlled by the Halde family's holding company Vega"), the verb before the majority's owner ("In Spanien hält
 * Vega die Mehrheit am Versicherer Ostara"), "Ostara and its backer Vega", a round's raiser with its city before
 * "beteiligt", the child before a possessor that describes the owner ("owned by the Halde Group's digital arm Vega"), the
 * subject before an apposition that closes with a relative clause, and no typo of a name in a town before its state
 * ("the Broomfield, Colorado, company" is no "Brookfield"), and from the round's helpers' lexicon a firm's word after a known one-word name
 * ("Investmentbank Kestrel Partners" when the lexicon knows a caterer "Kestrel"). Our own sentences.
 */
class TestRound130OwnersBackersAndPlaces {
    private static final String[] IDS = {"org/halde-group=Halde Group", "org/vega=Vega", "org/ostara=Ostara", "org/kestrel=Kestrel",
        "org/lumen=Lumen"};
    private static final String DE = "Die Branche wächst seit Jahren kräftig. ";
    private static final String EN = "The industry has grown for years. ";

    private static List<String> facts(String text, String lang) {
        return Docs.facts(Docs.relations(text, lang, IDS));
    }

    @Test
    void anOwnerDescribedByFourWords() {
        var four = facts(EN + "Ostara, controlled by the Halde family's holding company Vega, slipped 1.1% in Milan.", "en");
        assertTrue(four.contains("org/ostara spinOffOf org/vega"), four.toString());
        var partly = facts(EN + "Ostara, partly owned by the Halde family's holding company Vega, slipped 1.1% in Milan.", "en");
        assertFalse(partly.contains("org/ostara spinOffOf org/vega"), partly.toString());
    }

    @Test
    void theVerbBeforeTheMajoritysOwner() {
        var inverted = facts(DE + "In Spanien hält Vega die Mehrheit am börsennotierten Versicherer Ostara.", "de");
        assertTrue(inverted.contains("org/ostara spinOffOf org/vega"), inverted.toString());
        var said = facts(DE + "Laut Vega die Mehrheit am Versicherer Ostara verkauft.", "de");
        assertFalse(said.contains("org/ostara spinOffOf org/vega"), said.toString());
    }

    @Test
    void aCompanyAndItsBacker() {
        var en = facts(EN + "The publisher sued Ostara and its backer Vega in December.", "en");
        assertTrue(en.contains("org/vega investedIn org/ostara"), en.toString());
        var plural = facts(EN + "The publisher sued Ostara and its largest investors Vega and Kestrel in December.", "en");
        assertTrue(plural.contains("org/vega investedIn org/ostara") && plural.contains("org/kestrel investedIn org/ostara"), plural.toString());
        var de = facts(DE + "Die Zeitung verklagt Ostara und deren Geldgeber Vega.", "de");
        assertTrue(de.contains("org/vega investedIn org/ostara"), de.toString());
        var partner = facts(EN + "The publisher sued Ostara and its partner Vega in December.", "en");
        assertFalse(partner.contains("org/vega investedIn org/ostara"), partner.toString());
    }

    @Test
    void aRoundsRaiserWithItsCity() {
        var city = facts(DE + "Im Sommer hat Vega sich an einer Finanzierungsrunde für das Start-up Ostara aus Hangzhou beteiligt.", "de");
        assertTrue(city.contains("org/vega investedIn org/ostara"), city.toString());
    }

    @Test
    void theChildBeforeAPossessorDescribingTheOwner() {
        var arm = facts(EN + "Amazon pilots a fast-delivery service, and Ostara, owned by the Halde Group's digital arm Vega, is pushing its own.", "en");
        assertTrue(arm.contains("org/ostara spinOffOf org/vega"), arm.toString());
        assertFalse(arm.contains("org/halde-group spinOffOf org/vega"), arm.toString());
    }

    @Test
    void theSubjectBeforeAnAppositionClosedByARelativeClause() {
        var relative = facts(EN + "Lumen, the group behind Ostara and Kestrel that is headquartered near Copenhagen, is controlled by "
                + "Swedish private equity firm Vega.", "en");
        assertTrue(relative.contains("org/lumen spinOffOf org/vega"), relative.toString());
        assertFalse(relative.contains("org/kestrel spinOffOf org/vega"), relative.toString());
        var apposition = facts(EN + "Its closest rival, Ostara, has been owned since 2022 by Vega, which bought it for $6 billion.", "en");
        assertTrue(apposition.contains("org/ostara spinOffOf org/vega"), apposition.toString());
    }

    @Test
    void noTypoOfANameInATownBeforeItsState() {
        Lexicon lexicon = new Lexicon(List.of(new LexiconEntry("org/brookfield", EntityType.ORGANIZATION, "Company", "Brookfield",
                List.of("Brookfield"), List.of(), null, null, null, Map.of())));
        Pipeline pipeline = Pipelines.standard(lexicon, StageTimings.NONE);
        var town = pipeline.extract(new Document("t", null, EN + "The deal follows a raise by Ostara Quantum, the Broomfield, Colorado, "
                + "company majority-owned by Honeywell.", "en", null, null, null)).entities().stream().map(e -> e.name()).toList();
        assertFalse(town.contains("Brookfield"), town.toString());
        var typo = pipeline.extract(new Document("t", null, EN + "Shares of Broomfield, the Toronto asset manager, fell 2 percent.",
                "en", null, null, null)).entities().stream().map(e -> e.name()).toList();
        assertTrue(typo.contains("Brookfield"), typo.toString());
    }

    @Test
    void aFirmsWordAfterAKnownOneWordNameMakesAnotherFirm() {
        Lexicon lexicon = new Lexicon(List.of(new LexiconEntry("org/kestrel", EntityType.ORGANIZATION, "Company", "Kestrel",
                List.of("Kestrel"), List.of(), null, null, null, Map.of())));
        Pipeline pipeline = Pipelines.standard(lexicon, StageTimings.NONE);
        var bank = pipeline.extract(new Document("t", null, DE + "Optimistischer zeigt sich Ines Kaur, Analystin der Investmentbank "
                + "Kestrel Partners.", "de", null, null, null)).entities().stream().map(e -> e.name()).toList();
        assertTrue(bank.contains("Kestrel Partners") && !bank.contains("Kestrel"), bank.toString());
        var caterer = pipeline.extract(new Document("t", null, EN + "Kestrel buys food for hospitals; Kestrel's partners include "
                + "farms.", "en", null, null, null)).entities().stream().map(e -> e.name()).toList();
        assertTrue(caterer.contains("Kestrel"), caterer.toString());
    }
}
