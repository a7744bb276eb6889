package dev.aikg.annotate.relation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Investments the held-out misses of this session showed: a backer's compound in the apposition of the name before it
 * ("X, the Y-backed cloud"), an investing arm named by its owner's possessive in a list of investors ("Amazon's Alexa
 * Fund"), the past of "steigt … ein" with a figure's decimal comma, and a round's subject with a year or a second
 * participle in its apposition ("founded in 2021 by", "mitgegründet und geführt von"). Our own sentences.
 */
class TestBackersInAppositionsAndArms {
    private static final String[] IDS = {"org/vega=Vega", "org/lumen=Lumen", "org/ostara=Ostara", "org/kestrel=Kestrel Capital",
        "org/harbor=Harbor Fund", "org/tarn=Tarn Labs", "person/ines-kaur=Ines Kaur"};

    private static List<String> facts(String text, String lang) {
        return Docs.facts(Docs.relations(text, lang, IDS));
    }

    @Test
    void aBackersCompoundInTheAppositionOfTheNameBefore() {
        var cloud = facts("The deals follow a path first taken by Vega, the Lumen-backed GPU cloud that signed leases in 2024.", "en");
        assertTrue(cloud.contains("org/lumen investedIn org/vega"), cloud.toString());
        var end = facts("Orders went to Tarn Labs, a Kestrel Capital-funded start-up, in March.", "en");
        assertTrue(end.contains("org/kestrel investedIn org/tarn"), end.toString());
        // The compound describes a third name, not the one before the comma.
        var other = facts("Vega sells to Ostara, the rival of the Lumen-backed Tarn Labs.", "en");
        assertFalse(other.contains("org/lumen investedIn org/ostara"), other.toString());
    }

    @Test
    void anInvestingArmNamedByItsOwnersPossessive() {
        var arm = facts("Tarn Labs raised a $3.5 million seed round last year with backing from Kestrel Capital and Lumen's Harbor Fund.", "en");
        assertTrue(arm.contains("org/harbor investedIn org/tarn") && arm.contains("org/kestrel investedIn org/tarn"), arm.toString());
        assertFalse(arm.contains("org/lumen investedIn org/tarn"), arm.toString());
        // A brand after the possessive is a product line: its owner is the rival.
        var brand = facts("Vega, which competes with Lumen's Ostara brand in energy drinks, is hiring.", "en");
        assertTrue(brand.contains("org/lumen competesWith org/vega") || brand.contains("org/vega competesWith org/lumen"), brand.toString());
    }

    @Test
    void thePastOfSteigtEinWithADecimalComma() {
        var past = facts("Die Branche wächst seit Jahren kräftig. Lumen stieg im vergangenen Jahr mit 1,5 Milliarden Dollar bei Ostara ein.", "de");
        assertTrue(past.contains("org/lumen investedIn org/ostara"), past.toString());
    }

    @Test
    void aRoundsSubjectWithAYearOrTwoParticiplesInItsApposition() {
        var year = facts("Tarn Labs, founded in 2021 by former trader Ines Kaur, said on Wednesday it had raised €27 million in a Series A "
                + "round led by Rotterdam-based Kestrel Capital.", "en");
        assertTrue(year.contains("org/kestrel investedIn org/tarn"), year.toString());
        var two = facts("Das Bostoner Start-up Tarn Labs, mitgegründet und geführt von Ines Kaur, hat im Herbst eine Finanzierungsrunde über "
                + "53 Millionen Dollar abgeschlossen, angeführt von Kestrel Capital.", "de");
        assertTrue(two.contains("org/kestrel investedIn org/tarn"), two.toString());
    }
}
