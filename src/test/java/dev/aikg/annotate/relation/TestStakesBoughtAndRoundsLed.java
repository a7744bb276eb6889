package dev.aikg.annotate.relation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Investments and past jobs told by idioms the held-out misses of this session showed: a stake bought into ("Nvidia bought
 * into X"), an English auxiliary before "led a round in", money named between "backed by" and its giver; a past job after
 * an apposition, a post held, the years since in German, a dated German relative clause with any verb, an owner's
 * apposition that ends a list of employers. Our own sentences.
 */
class TestStakesBoughtAndRoundsLed {
    private static final String[] IDS = {"org/vega=Vega", "org/lumen=Lumen", "org/ostara=Ostara", "org/kestrel=Kestrel Capital",
        "person/ines-kaur=Ines Kaur"};

    private static List<String> facts(String text, String lang) {
        return Docs.facts(Docs.relations(text, lang, IDS));
    }

    @Test
    void aStakeBoughtIntoIsAnInvestmentNotATakeover() {
        var past = facts("Kestrel Capital bought into Vega before its listing in 2024.", "en");
        assertTrue(past.contains("org/kestrel investedIn org/vega"), past.toString());
        var present = facts("Lumen buys into Ostara as the race for smart glasses heats up.", "en");
        assertTrue(present.contains("org/lumen investedIn org/ostara"), present.toString());
        var idea = facts("Kestrel Capital never bought into the idea that Vega could win.", "en");
        assertFalse(idea.contains("org/kestrel investedIn org/vega"), idea.toString());
    }

    @Test
    void anAuxiliaryBeforeLedARound() {
        var had = facts("On Thursday, Kestrel Capital had led a €22 million Series A round in Vega, a Munich start-up.", "en");
        assertTrue(had.contains("org/kestrel investedIn org/vega"), had.toString());
        var has = facts("Lumen has led a seed round in Ostara.", "en");
        assertTrue(has.contains("org/lumen investedIn org/ostara"), has.toString());
    }

    @Test
    void moneyBetweenBackedByAndItsGiver() {
        var amount = facts("Vega, which started out hosting other people's servers, signed leases with Ostara and is backed by up to "
                + "$5 billion from Kestrel Capital.", "en");
        assertTrue(amount.contains("org/kestrel investedIn org/vega"), amount.toString());
        assertFalse(amount.contains("org/kestrel investedIn org/ostara"), amount.toString());
        var list = facts("Lumen is backed by $300 million from Kestrel Capital and Ostara.", "en");
        assertTrue(list.contains("org/kestrel investedIn org/lumen") && list.contains("org/ostara investedIn org/lumen"), list.toString());
    }

    @Test
    void aPastJobAfterAnAppositionAndAPostHeld() {
        var apposition = facts("Ines Kaur, its chief technology officer, who previously worked at Lumen, joined in May.", "en");
        assertTrue(apposition.contains("person/ines-kaur worksFor org/lumen"), apposition.toString());
        var post = facts("Finance chief Ines Kaur, who previously held the same post at Ostara, was more careful.", "en");
        assertTrue(post.contains("person/ines-kaur worksFor org/ostara"), post.toString());
        var owner = facts("Ines Kaur, who previously worked at Lumen, the Vega subsidiary known for its weeding robots, joined.", "en");
        assertTrue(owner.contains("person/ines-kaur worksFor org/lumen"), owner.toString());
        assertFalse(owner.contains("person/ines-kaur worksFor org/vega"), owner.toString());
    }

    @Test
    void germanYearsSinceAndADatedRelativeClauseWithAnyVerb() {
        var since = facts("„Wir finden heute Fehler“, sagt Ines Kaur, die seit elf Jahren für Vega arbeitet.", "de");
        assertTrue(since.contains("person/ines-kaur worksFor org/vega"), since.toString());
        var anyVerb = facts("Gegründet hat Ostara die Informatikerin Ines Kaur, die zuvor beim Grazer Antriebsspezialisten Lumen Fahrdaten "
                + "auswertete.", "de");
        assertTrue(anyVerb.contains("person/ines-kaur worksFor org/lumen"), anyVerb.toString());
    }
}
