package dev.aikg.annotate.relation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Relations of the hundred-and-twenty-second blind round (weddings; roofing; board games), learnt last: investors counted
 * "among its largest investors" or "as its biggest investor", a chief in the apposition's noun phrase ("the Brooklyn-based
 * marketplace for handmade goods led by X") but not a round's lead, a contrasting adverb before the comma, "Tiffany & Co.,
 * which LVMH acquired", a city and state before "-based owner of", and a translation's "zu dem". Our own sentences.
 */
class TestCountedInvestorsAndDescribedChiefs {
    private static final String[] IDS = {"org/vega-co=Vega & Co.", "org/vega=Vega", "org/lumen=Lumen", "org/ostara=Ostara",
        "person/ines-kaur=Ines Kaur"};
    private static final String DE = "Die Branche wächst seit Jahren kräftig. ";
    private static final String EN = "The industry has grown for years. ";

    private static List<String> facts(String text, String lang) {
        return Docs.facts(Docs.relations(text, lang, IDS));
    }

    @Test
    void investorsCountedAmongTheLargestOrAsTheBiggest() {
        var among = facts(EN + "Vega, led by chief executive Ines Kaur, counts Lumen and Ostara among its largest investors.", "en");
        assertTrue(among.contains("org/lumen investedIn org/vega") && among.contains("org/ostara investedIn org/vega"), among.toString());
        var as = facts(EN + "Vega, which counts Lumen as its biggest investor, does not sell to couples directly.", "en");
        assertTrue(as.contains("org/lumen investedIn org/vega"), as.toString());
    }

    @Test
    void aChiefInTheAppositionsNounPhraseNotARoundsLead() {
        var chief = facts(EN + "Vega, the Brooklyn-based marketplace for handmade goods led by Ines Kaur, fell 2.7% on Monday.", "en");
        assertTrue(chief.contains("person/ines-kaur ceoOf org/vega"), chief.toString());
        var round = facts(EN + "Vega, the start-up whose seed round was led by Ines Kaur, fell 2.7% on Monday.", "en");
        assertFalse(round.contains("person/ines-kaur ceoOf org/vega"), round.toString());
        var adverb = facts(DE + "Vega dagegen, geführt von Ines Kaur, hat Partys verboten.", "de");
        assertTrue(adverb.contains("person/ines-kaur ceoOf org/vega"), adverb.toString());
    }

    @Test
    void abbreviatedBuyersTargetsAndOwnersWithACityAndState() {
        var acquired = facts(EN + "Vega & Co., which Lumen acquired in 2021 for nearly $16 billion, still refuses to sell lab-grown diamonds.", "en");
        assertTrue(acquired.contains("org/vega-co spinOffOf org/lumen"), acquired.toString());
        var owner = facts(EN + "Shares of Lumen, the Akron, Ohio-based owner of Vega and Ostara, plunged 19.8% on Tuesday.", "en");
        assertTrue(owner.contains("org/vega spinOffOf org/lumen") && owner.contains("org/ostara spinOffOf org/lumen"), owner.toString());
        var zuDem = facts(DE + "Ostara konkurriert dort mit Vega, welches zu dem amerikanischen Konzern Lumen gehört.", "de");
        assertTrue(zuDem.contains("org/vega spinOffOf org/lumen"), zuDem.toString());
    }
}
