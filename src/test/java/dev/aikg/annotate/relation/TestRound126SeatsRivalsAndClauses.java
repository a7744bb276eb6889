package dev.aikg.annotate.relation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Relations of the hundred-and-twenty-sixth blind round (lifts and building technology; childcare and schools; salmon
 * farming), learnt after it was scored. Our own sentences.
 */
class TestRound126SeatsRivalsAndClauses {
    private static final String[] IDS = {"org/vega=Vega", "org/lumen=Lumen", "org/ostara=Ostara", "org/kestrel=Kestrel",
        "org/halde=Halde", "org/bloomberg-media=Bloomberg", "person/ines-kaur=Ines Kaur|Kaur", "person/tom-ried=Tom Ried",
        "person/lea-berg=Lea Berg", "model/nosto=Nosto"};
    private static final String DE = "Die Branche wächst seit Jahren kräftig. ";
    private static final String EN = "The industry has grown for years. ";

    private static List<String> facts(String text, String lang) {
        return Docs.facts(Docs.relations(text, lang, IDS));
    }

    /** Competition is symmetric: either order names it. */
    @Test
    void rivalsAfterItselfAndAsTheRivalItCountsAs() {
        var itself = facts(EN + "Vega itself competes mainly with Lumen, Ostara and Kestrel.", "en");
        assertTrue(Docs.rivals(itself, "org/lumen", "org/vega") && Docs.rivals(itself, "org/kestrel", "org/vega"), itself.toString());
        var gilt = facts(DE + "Und die Berliner Firma Vega, die als Lumens wichtigster Rivale in Europa gilt, bietet Live-Unterricht an.", "de");
        assertTrue(Docs.rivals(gilt, "org/lumen", "org/vega"), gilt.toString());
        var owned = facts(DE + "Die Kette gehört seit zwei Jahren mehrheitlich dem Beteiligungsfonds Lumen und konkurriert vor allem mit Vega um Firmenkunden.", "de");
        assertFalse(Docs.rivals(owned, "org/lumen", "org/vega"), owned.toString());
    }

    @Test
    void chiefsAndFoundersInGermanWordOrders() {
        var fuehrt = facts(DE + "Kaur führt Vega seit 2019, also noch vor der Abspaltung.", "de");
        assertTrue(fuehrt.contains("person/ines-kaur ceoOf org/vega"), fuehrt.toString());
        var fronted = facts(DE + "Geführt wird Vega von Ines Kaur.", "de");
        assertTrue(fronted.contains("person/ines-kaur ceoOf org/vega"), fronted.toString());
        var coordinated = facts(DE + "Größter freier Träger ist Vega mit Sitz in Köln, der bundesweit mehr als 200 Kitas betreibt und von Ines Kaur geführt wird.", "de");
        assertTrue(coordinated.contains("person/ines-kaur ceoOf org/vega"), coordinated.toString());
        var demonym = facts(DE + "Auch Vega, das von dem Schweden Tom Ried gegründet wurde, baut das Online-Angebot aus.", "de");
        assertTrue(demonym.contains("person/tom-ried founderOf org/vega"), demonym.toString());
    }

    @Test
    void theWhoClauseOfTheSecondFounderIsHersAlone() {
        var who = facts(EN + "Vega was founded in 2022 by its chief executive Tom Ried and Lea Berg, who previously worked as a research scientist at Lumen.", "en");
        assertTrue(who.contains("person/lea-berg worksFor org/lumen"), who.toString());
        assertFalse(who.contains("person/tom-ried worksFor org/lumen"), who.toString());
    }

    @Test
    void investorsFrontedOrTakingTheMajority() {
        var fronted = facts(DE + "Investiert in Vega hat unter anderem der Risikokapitalgeber Lumen.", "de");
        assertTrue(fronted.contains("org/lumen investedIn org/vega"), fronted.toString());
        var majority = facts(DE + "Der Münchner Investor Lumen übernimmt die Mehrheit an der Vega-Gruppe.", "de");
        assertTrue(majority.contains("org/lumen investedIn org/vega"), majority.toString());
        var buysInto = facts(EN + "Lumen buys into AI start-up Vega as China orders slip", "en");
        assertTrue(buysInto.contains("org/lumen investedIn org/vega"), buysInto.toString());
        var round = facts(DE + "Vega wurde von Ines Kaur gegründet; an der Finanzierungsrunde über 14 Millionen Euro beteiligten sich neben Lumen "
                + "auch Ostara und der Kestrel.", "de");
        assertTrue(round.contains("org/lumen investedIn org/vega") && round.contains("org/ostara investedIn org/vega"), round.toString());
    }

    @Test
    void seatsOfDescribedAndCoordinatedCompanies() {
        var described = facts(DE + "Die Investoren prüfen nach einem Bericht der Nachrichtenagentur Bloomberg Optionen für den Aufzugsbauer mit Sitz in Düsseldorf.", "de");
        assertFalse(described.contains("org/bloomberg-media headquarteredIn Düsseldorf"), described.toString());
        var founded = facts(DE + "Vega, gegründet von Ines Kaur und Tom Ried, hat seinen Sitz in Pittsburgh.", "de");
        assertTrue(founded.contains("org/vega headquarteredIn Pittsburgh"), founded.toString());
        var also = facts(EN + "Vega, also based in London, was founded by Ines Kaur, who remains its chief executive.", "en");
        assertTrue(also.contains("org/vega headquarteredIn London"), also.toString());
        var traeger = facts(DE + "Auch Vega, ein Träger mit Sitz in Berlin, wächst seit Jahren.", "de");
        assertTrue(traeger.contains("org/vega headquarteredIn Berlin"), traeger.toString());
    }

    @Test
    void aProductCalledAModel() {
        var called = facts(EN + "Vega's main product is a language model called Nosto.", "en");
        assertTrue(called.contains("model/nosto developedBy org/vega"), called.toString());
    }
}
