package dev.aikg.annotate.relation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rivalry the held-out misses of the ninetieth round's session showed: subjects in a list before a plural verb, a second
 * "with" after an apposition, a copula before the rival noun, a rival named in a second clause. Our own sentences.
 */
class TestCompetitionListsAndCopulas {
    private static final String[] IDS = {"org/lumen=Lumen", "org/vantor=Vantor", "org/brightwave=Brightwave", "org/kestrel=Kestrel",
        "org/orbis=Orbis", "model/orion=Orion"};

    private static List<String> facts(String text, String lang) {
        return Docs.facts(Docs.relations(text, lang, IDS)).stream().filter(f -> f.contains("competesWith")).toList();
    }

    private static void has(List<String> facts, String... expected) {
        for (String e : expected) assertTrue(facts.contains(e), e + " in " + facts);
    }

    @Test
    void anAdverbialPhraseBetweenTheVerbAndWith() {
        has(facts("Das Start-up Lumen konkurriert nach eigenen Angaben mit dem Kölner Anbieter Vantor.", "de"),
                "org/lumen competesWith org/vantor");
        has(facts("Lumen competes at home with Vantor, Brightwave and Kestrel.", "en"),
                "org/lumen competesWith org/vantor", "org/lumen competesWith org/kestrel");
        has(facts("Inzwischen rivalisiere Lumen mit Vantor auf Augenhöhe, so der Manager.", "de"), "org/lumen competesWith org/vantor");
    }

    @Test
    void aSecondWithAfterAnApposition() {
        has(facts("Lumen competes with Vantor, the Denver, Colorado-based grid group, and with Taiwan's Kestrel.", "en"),
                "org/lumen competesWith org/vantor", "org/lumen competesWith org/kestrel");
        has(facts("Lumen konkurriert mit Vantor, dessen Software in vielen Werken läuft, und mit dem Berliner Händler Kestrel.", "de"),
                "org/lumen competesWith org/kestrel");
        // A model inside the apposition is passed: "with Vantor, the maker of the Orion chatbot, and with Kestrel".
        has(facts("Lumen is one of a handful of start-ups that compete with Vantor, the maker of the Orion chatbot, and with Kestrel.", "en"),
                "org/lumen competesWith org/kestrel");
        // A model's owner is no rival: "und mit der Orion-Reihe von Kestrel", "and with Kestrel's Orion".
        var series = facts("Lumen konkurriert mit Vantor und mit der Orion-Reihe von Kestrel.", "de");
        assertFalse(series.contains("org/lumen competesWith org/kestrel"), series.toString());
        var owner = facts("Lumen competes with Vantor, which sells to banks, and with Kestrel's Orion.", "en");
        assertFalse(owner.contains("org/lumen competesWith org/kestrel"), owner.toString());
    }

    @Test
    void aListOfDescribedSubjectsBeforeAPluralVerb() {
        var de = facts("Der Dortmunder Dienstleister Lumen, die Stuttgarter Vantor und die Münchner Brightwave konkurrieren mit Kestrel "
                + "um Projekte.", "de");
        has(de, "org/lumen competesWith org/kestrel", "org/vantor competesWith org/kestrel", "org/brightwave competesWith org/kestrel");
        var en = facts("Lumen, Vantor and India's Brightwave compete with Kestrel for the same contracts.", "en");
        has(en, "org/lumen competesWith org/kestrel", "org/brightwave competesWith org/kestrel");
        // A singular verb keeps the nearest subject only.
        var singular = facts("Nach dem Verkauf an Lumen konkurriert Vantor mit Kestrel.", "de");
        assertFalse(singular.contains("org/lumen competesWith org/kestrel"), singular.toString());
        // The verb before the pair: "In Europa konkurrieren Lumen und die Vantor-Gruppe unter anderem mit …".
        has(facts("In Europa konkurrieren Lumen und die Vantor unter anderem mit dem Linzer Start-up Kestrel.", "de"),
                "org/lumen competesWith org/kestrel", "org/vantor competesWith org/kestrel");
        has(facts("Damit konkurriert Lumen nicht mehr nur mit klassischen Anbietern wie Vantor, sondern auch mit Kestrel.", "de"),
                "org/lumen competesWith org/vantor", "org/lumen competesWith org/kestrel");
    }

    @Test
    void aCopulaBeforeTheRivalNoun() {
        has(facts("Lumen und Vantor sind die größten börsennotierten Wettbewerber von Kestrel im Cloud-Schutz.", "de"),
                "org/lumen competesWith org/kestrel", "org/vantor competesWith org/kestrel");
        has(facts("Lumen sei bei Supercomputern inzwischen „ein ernstzunehmender Rivale für Vantor“, sagte er.", "de"),
                "org/lumen competesWith org/vantor");
        has(facts("Many analysts regard Lumen as Vantor's most serious competitor in humanoids.", "en"), "org/lumen competesWith org/vantor");
        has(facts("Vantor's most aggressive challenger in China is Beijing-based Lumen.", "en"), "org/vantor competesWith org/lumen");
        has(facts("Im Wettbewerb mit Vantor steht unter anderem Lumen, ebenfalls aus München.", "de"), "org/lumen competesWith org/vantor");
        has(facts("That puts Lumen in direct competition with Vantor, the Austin start-up.", "en"), "org/lumen competesWith org/vantor");
        // A partner is no rival; a copula with another noun names none.
        var partner = facts("Lumen ist ein wichtiger Partner von Vantor.", "de");
        assertTrue(partner.isEmpty(), partner.toString());
    }

    @Test
    void aPossessiveRivalWithItsFieldAfterATicker() {
        var d = Docs.facts(Docs.relations("Lumen (NASDAQ: LUMN), Vantor's closest rival for US military software contracts, has taken a "
                + "similar path.", "en", "org/lumen=Lumen|LUMN", "org/vantor=Vantor"));
        assertTrue(d.contains("org/lumen competesWith org/vantor"), d.toString());
    }

    @Test
    void aRivalNamedInASecondClause() {
        has(facts("Die Aktie des Rückversicherers Lumen legte am Dienstag um 1,2 Prozent zu, der Konkurrent Vantor gewann 0,4 Prozent.", "de"),
                "org/lumen competesWith org/vantor");
        has(facts("Lumen fell 17.6% after its quarterly report, even as rival Vantor extended its rally.", "en"),
                "org/lumen competesWith org/vantor");
        // With a second company before the clause, the rival's owner is unclear: none.
        var two = facts("Lumen rose 2% and Kestrel fell 1%, while rival Vantor was flat.", "en");
        assertFalse(two.contains("org/lumen competesWith org/vantor") || two.contains("org/kestrel competesWith org/vantor"), two.toString());
    }
}
