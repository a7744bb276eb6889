package dev.aikg.annotate.relation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Relations the hundred-and-twentieth blind round (couriers and parcels; grain, poultry and eggs; orchestras and
 * ticketing) missed or got wrong: a German attributive participle naming a model's developer, and the model it is based
 * on left alone; names in the subject's apposition are no rival's subject; a stake clause with its holder described, on
 * the name the clause (or its apposition) follows; an investor's kind after "backed by"; "is part of"; a participant
 * placed by its seat; a chip's designer glued to a participle; a known city before "-based processor". Our own sentences.
 */
class TestStakeClausesPartsAndDesigners {
    private static final String[] IDS = {"org/vega=Vega", "org/lumen=Lumen", "org/ostara=Ostara", "org/kestrel=Kestrel Capital",
        "org/tarn=Tarn Labs", "model/sortix=Sortix", "model/qwen=Qwen 2.5", "chip/trainium=Trainium", "person/ines-kaur=Ines Kaur"};
    private static final String DE = "Die Branche wächst seit Jahren kräftig. ";
    private static final String EN = "The industry has grown for years. ";

    private static List<String> facts(String text, String lang) {
        return Docs.facts(Docs.relations(text, lang, IDS));
    }

    @Test
    void anAttributiveParticipleNamesTheDeveloperNotOfTheBaseModel() {
        var attributive = facts(DE + "Das Herzstück ist Sortix, ein von Tarn Labs entwickeltes Modell, das auf Qwen 2.5 basiert.", "de");
        assertTrue(attributive.contains("model/sortix developedBy org/tarn"), attributive.toString());
        assertFalse(attributive.contains("model/qwen developedBy org/tarn"), attributive.toString());
        assertTrue(attributive.contains("model/sortix basedOn model/qwen"), attributive.toString());
    }

    @Test
    void namesInTheSubjectsAppositionAreNoRivalsSubject() {
        var rival = facts(EN + "Tarn Labs, a Manchester start-up founded by former Lumen manager Ines Kaur, installs lockers that any "
                + "carrier can use and competes directly with Ostara for sites in retail parks.", "en");
        assertTrue(rival.contains("org/tarn competesWith org/ostara") || rival.contains("org/ostara competesWith org/tarn"), rival.toString());
        assertFalse(rival.contains("org/lumen competesWith org/ostara") || rival.contains("org/ostara competesWith org/lumen"), rival.toString());
    }

    @Test
    void aStakeClauseWithItsHolderDescribed() {
        var described = facts(EN + "Vega, the Rotterdam-headquartered merchant in which the Abu Dhabi holding company Kestrel Capital owns a "
                + "45 percent stake, is taking a cheaper path.", "en");
        assertTrue(described.contains("org/kestrel investedIn org/vega"), described.toString());
        var apposition = facts(EN + "The forecasts were trained on chips rented from Tarn Labs, the cloud provider in which Lumen itself "
                + "holds a stake.", "en");
        assertTrue(apposition.contains("org/lumen investedIn org/tarn"), apposition.toString());
    }

    @Test
    void anInvestorsKindAfterBackedByAndNoListAcrossTheAppositionsComma() {
        var kind = facts(EN + "Lumen now delivers most of its own parcels, while Vega, backed by private equity firm Kestrel Capital, and "
                + "Ostara have spent heavily.", "en");
        assertTrue(kind.contains("org/kestrel investedIn org/vega"), kind.toString());
        assertFalse(kind.contains("org/kestrel investedIn org/lumen"), kind.toString());
        assertFalse(kind.contains("org/ostara investedIn org/lumen") || kind.contains("org/ostara investedIn org/vega"), kind.toString());
    }

    @Test
    void isPartOfAndAParticipantPlacedByItsSeat() {
        var part = facts(EN + "Vega is part of Lumen, the parcels arm of the French post office.", "en");
        assertTrue(part.contains("org/vega spinOffOf org/lumen"), part.toString());
        var teil = facts(DE + "Vega ist Teil der Lumen.", "de");
        assertTrue(teil.contains("org/vega spinOffOf org/lumen"), teil.toString());
        var seat = facts(EN + "Tarn Labs this month raised £24m in a round led by Lumen, with Edinburgh-based Kestrel Capital also taking part.", "en");
        assertTrue(seat.contains("org/kestrel investedIn org/tarn") && seat.contains("org/lumen investedIn org/tarn"), seat.toString());
    }

    @Test
    void aChipsDesignerGluedToItsParticipleAndAKnownCityBeforeProcessor() {
        var designed = facts(EN + "Vega has agreed to use the Lumen-designed Trainium chips to train future models.", "en");
        assertTrue(designed.contains("chip/trainium manufacturedBy org/lumen"), designed.toString());
        var processor = facts(EN + "Vega, the Chicago-based processor run by Ines Kaur, has doubled its team.", "en");
        assertTrue(processor.contains("org/vega headquarteredIn Chicago"), processor.toString());
    }
}
