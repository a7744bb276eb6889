package dev.aikg.annotate.mention;

import dev.aikg.annotate.Extract;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Organisations the lexicon lacks, found from what the sentence says about them: "X, the … company run by",
 * "X, whose chief executive", "X, led by", "Toronto-based X", "die Tochter X", "der Energiehändler X aus Kiel" — and
 * the places, rounds and name tails these cues must not take. Sentences and names are our own.
 */
class TestOrganisationsFromContext {

    private static List<String> orgs(String text, String lang) {
        return Extract.entities(text, lang).stream().filter(e -> e.startsWith("Organization:") || e.startsWith("Person:")).toList();
    }

    @Test
    void aDefiniteAppositionDescribesTheCompanyBeforeIt() {
        List<String> es = orgs("Kestrel Grid, the Denver company run by co-founder Maya Olsen, raised $40 million. "
                + "Vellamo, the protein-design start-up founded by Ali Haddad, signed a deal. "
                + "Corvane, a younger Paris registry headed by Luc Abadie, is growing fast.", "en");
        assertTrue(es.contains("Organization:Kestrel Grid"), es.toString());
        assertTrue(es.contains("Organization:Vellamo"), es.toString());
        assertTrue(es.contains("Organization:Corvane"), es.toString());
    }

    @Test
    void aDefiniteAppositionAfterAPrepositionOrANameTailIsNoCompany() {
        List<String> es = orgs("In Denver, the company that builds grids hired staff. Brindle Robotics, Foxwell Robotics and "
                + "Amazon Robotics, the warehouse unit of Amazon, bought sensors.", "en");
        assertFalse(es.contains("Organization:Denver"), es.toString());
        assertFalse(es.contains("Organization:Robotics"), es.toString());
    }

    @Test
    void whoseChiefOrProductMakesACompany() {
        List<String> en = orgs("Brightmoor, whose chief executive Tom Reyes co-founded it, sells software. "
                + "In May Junipero, whose search engine lets recruiters ask in plain words, raised money.", "en");
        assertTrue(en.contains("Organization:Brightmoor"), en.toString());
        assertTrue(en.contains("Organization:Junipero"), en.toString());
        List<String> de = orgs("Lumora, deren Gründerin früher bei SAP arbeitete, wächst. Zu den Kunden zählt ein Labor aus "
                + "Leeds, dessen Gründer Modelle trainiert.", "de");
        assertTrue(de.contains("Organization:Lumora"), de.toString());
        assertFalse(de.contains("Organization:Leeds"), de.toString());
        List<String> boss = orgs("Brenner, dessen Chef ihn lange gefördert hatte, wechselte. Boyd, whose clients include two banks, agreed.", "de");
        assertFalse(boss.contains("Organization:Brenner") || boss.contains("Organization:Boyd"), boss.toString());
    }

    @Test
    void ledOrRunByAPersonMakesACompany() {
        List<String> es = orgs("Halvorsen, led by co-founder Ines Moreau, rates carbon projects. The start-up raised a $62 million "
                + "Series B, led by Ridgeway Partners. A lab from Hoboken, New Jersey, run by Yuki Tan, joined.", "en");
        assertTrue(es.contains("Organization:Halvorsen"), es.toString());
        assertFalse(es.stream().anyMatch(e -> e.contains("Series")), es.toString());
        assertFalse(es.contains("Organization:Jersey"), es.toString());
    }

    @Test
    void aPlaceJoinedToBasedIntroducesTheCompany() {
        List<String> es = orgs("Toronto-based Ledgerwise Carbon said on Monday it raised $55 million. "
                + "A London-based analyst and US-based Chinese researchers disagreed.", "en");
        assertTrue(es.contains("Organization:Ledgerwise Carbon"), es.toString());
        assertFalse(es.stream().anyMatch(e -> e.contains("Chinese")), es.toString());
    }

    @Test
    void aSubsidiaryOrRivalNounBeforeAName() {
        List<String> es = orgs("Der Konzern setzt auf die gekaufte Tochter Falkner Industries. Der Schweizer Rivale Wolkenbank "
                + "aus Zürich wächst. Seine Tochter Emma studiert in Wien.", "de");
        assertTrue(es.contains("Organization:Falkner Industries"), es.toString());
        assertTrue(es.contains("Organization:Wolkenbank"), es.toString());
        assertFalse(es.contains("Organization:Emma"), es.toString());
    }

    @Test
    void aDescriptorThatMayNameAPersonNamesACompanyFromAPlace() {
        List<String> es = orgs("Zu den Kunden zählen der Energiehändler Ostwind Energiehandel aus Kiel und der Drohnenspezialist "
                + "Aerolynx aus Minnesota. Der KI-Spezialist Max Brenner aus München sprach.", "de");
        assertTrue(es.contains("Organization:Ostwind Energiehandel"), es.toString());
        assertTrue(es.contains("Organization:Aerolynx"), es.toString());
        assertFalse(es.contains("Organization:Max Brenner"), es.toString());
    }

    @Test
    void industriesAndPhotonicsEndCompanyNames() {
        List<String> es = orgs("Brandauer Industries and Lumivar Photonics supply the lasers.", "en");
        assertTrue(es.contains("Organization:Brandauer Industries"), es.toString());
        assertTrue(es.contains("Organization:Lumivar Photonics"), es.toString());
    }
}
