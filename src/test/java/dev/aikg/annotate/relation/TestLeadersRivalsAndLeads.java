package dev.aikg.annotate.relation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ninety-third blind round (instruments, security, outdoor) showed who leads a firm told in a German main clause ("führt
 * das Unternehmen als Geschäftsführerin", "gegründet und bis heute von ihm geführt"), a rival after "its closest rival," and
 * a round led by a place's possessive investor. Our own sentences.
 */
class TestLeadersRivalsAndLeads {
    private static final String[] IDS = {"org/lumen=Lumen", "org/vantor=Vantor", "org/kestrel=Kestrel Capital",
        "org/nordvik=Nordvik Ventures", "person/mira=Mira Patel|Patel", "person/jon=Jon Berg|Berg"};

    private static List<String> facts(String text, String lang) {
        return Docs.facts(Docs.relations(text, lang, IDS));
    }

    @Test
    void aGermanMainClauseGivesTheTitle() {
        var d = facts("Lumen wurde 2022 von Mira Patel und Jon Berg gegründet; Patel führt die Firma als Geschäftsführerin, Berg "
                + "verantwortet als Technikchef die Entwicklung.", "de");
        assertTrue(d.contains("person/mira ceoOf org/lumen"), d.toString());
        assertTrue(d.contains("person/jon worksFor org/lumen"), d.toString());
        // In the next sentence the founder's company is meant, not a workplace named before.
        var next = facts("Lumen wurde 2023 von Mira Patel gegründet, die zuvor als Ingenieurin bei Vantor gearbeitet hatte. Mira Patel "
                + "führt das Unternehmen als Geschäftsführerin.", "de");
        assertTrue(next.contains("person/mira ceoOf org/lumen"), next.toString());
        assertFalse(next.contains("person/mira ceoOf org/vantor"), next.toString());
        var led = facts("Lumen, 1999 unter anderem von Jon Berg gegründet und bis heute von ihm geführt, hat seinen Sitz in Berlin.", "de");
        assertTrue(led.contains("person/jon ceoOf org/lumen"), led.toString());
    }

    @Test
    void itsClosestRivalAfterAComma() {
        var d = facts("The labels sued Lumen and its closest rival, Vantor, accusing both of copying.", "en");
        assertTrue(d.contains("org/lumen competesWith org/vantor"), d.toString());
    }

    @Test
    void aRoundLedByAPlacesPossessiveInvestor() {
        var d = facts("Lumen raised a $9 million seed round led by Copenhagen's Kestrel Capital, with participation from Nordvik Ventures.", "en");
        assertTrue(d.contains("org/kestrel investedIn org/lumen"), d.toString());
        assertTrue(d.contains("org/nordvik investedIn org/lumen"), d.toString());
    }

    @Test
    void aFounderWhoStillRunsItAsATitle() {
        var d = facts("Jon Berg, who founded Lumen in 1997 and still runs it as president, has long argued against it.", "en");
        assertTrue(d.contains("person/jon worksFor org/lumen"), d.toString());
        var ceo = facts("Jon Berg, who founded Lumen in 1997 and still runs it as chief executive, disagrees.", "en");
        assertTrue(ceo.contains("person/jon ceoOf org/lumen"), ceo.toString());
    }

    @Test
    void pastAndPresentHousesInClauses() {
        var de = facts("Gegründet wurde Lumen 2022 von Mira Patel, die zuvor acht Jahre im Private Banking der Vantor arbeitete.", "de");
        assertTrue(de.contains("person/mira worksFor org/vantor"), de.toString());
        var welche = facts("Geleitet wird das Zentrum von Mira Patel, welche früher bei Vantor im Bereich Quanten gearbeitet hat.", "de");
        assertTrue(welche.contains("person/mira worksFor org/vantor"), welche.toString());
        var plural = facts("Die Lumen-Gründer Mira Patel und Jon Berg arbeiten inzwischen für Vantor.", "de");
        assertTrue(plural.containsAll(List.of("person/mira worksFor org/vantor", "person/jon worksFor org/vantor")), plural.toString());
        var manages = facts("Jon Berg, who manages a European technology portfolio at Kestrel Capital, said he would prefer a buyback.", "en");
        assertTrue(manages.contains("person/jon worksFor org/kestrel"), manages.toString());
        var formerly = facts("He co-founded Lumen with Jon Berg, formerly of augmented-reality start-up Vantor, who serves as CTO.", "en");
        assertTrue(formerly.contains("person/jon worksFor org/vantor"), formerly.toString());
    }

    @Test
    void theVerbBeforeItsListOfWorkers() {
        var d = facts("Anschließend arbeiteten Mira Patel und Jon Berg als Forscher bei Vantor.", "de");
        assertTrue(d.containsAll(List.of("person/mira worksFor org/vantor", "person/jon worksFor org/vantor")), d.toString());
        // Without the verb before them the list is no subject of a job: "Mit Mira Patel und Jon Berg bei Vantor …".
        var none = facts("Gespräche mit Mira Patel und Jon Berg bei Vantor laufen.", "de");
        assertFalse(none.contains("person/jon worksFor org/vantor"), none.toString());
    }
}
