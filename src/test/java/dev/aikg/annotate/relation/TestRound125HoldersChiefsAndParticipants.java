package dev.aikg.annotate.relation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Relations of the hundred-and-twenty-fifth blind round (uranium, potash and salt; music streaming; pest control and
 * dental services), learnt after it was scored: a backer "with X among its backers", a holder who "has been Vega's largest
 * shareholder", a lead placed by its seat ("led by New York-based X"), participants listed after the lead's clause ("; A and
 * B, C's venture arm, also invested", "the independent publisher X also took part", "the angel network X also taking part"),
 * "an einer Finanzierungsrunde … für X beteiligt", a stake held by the name right before it ("und umgekehrt hält Vega einen
 * Anteil an Lumen"), "der … drei Prozent an X hält", chiefs "unter der Führung von", "den X führt", "welcher von X geführt
 * wird" after a seat, and "the RIAA's chairman and chief executive". Our own sentences.
 */
class TestRound125HoldersChiefsAndParticipants {
    private static final String[] IDS = {"org/vega=Vega", "org/lumen-music=Lumen Music", "org/lumen=Lumen", "org/ostara=Ostara",
        "org/kestrel=Kestrel", "org/halde=Halde", "person/ines-kaur=Ines Kaur", "person/tom-ried=Tom Ried"};
    private static final String DE = "Die Branche wächst seit Jahren kräftig. ";
    private static final String EN = "The industry has grown for years. ";

    private static List<String> facts(String text, String lang) {
        return Docs.facts(Docs.relations(text, lang, IDS));
    }

    @Test
    void backersAmongItsOwnAndHoldersByTheirSeatOrTenure() {
        var among = facts(EN + "Saskatoon start-up Vega has raised C$48 million, with Lumen among its backers.", "en");
        assertTrue(among.contains("org/lumen investedIn org/vega"), among.toString());
        var tenure = facts(EN + "Ostara, another Halde unit, has been Vega's largest shareholder since it bought a stake in 2022.", "en");
        assertTrue(tenure.contains("org/ostara investedIn org/vega"), tenure.toString());
        var seat = facts(EN + "Lumen took a stake in Vega as part of a $22 million funding round led by New York-based Ostara.", "en");
        assertTrue(seat.contains("org/ostara investedIn org/vega"), seat.toString());
    }

    @Test
    void participantsListedAfterTheLeadsClause() {
        var invested = facts(EN + "Vega closed an £18 million round this month led by Kestrel; Ostara and Lumen Music, Lumen's venture arm, "
                + "also invested.", "en");
        assertTrue(invested.contains("org/ostara investedIn org/vega"), invested.toString());
        var tookPart = facts(EN + "Vega raised $40 million in a round led by Kestrel; Ostara, Lumen Music, Lumen's venture arm, and the "
                + "independent publisher Halde also took part.", "en");
        assertTrue(tookPart.contains("org/ostara investedIn org/vega") && tookPart.contains("org/halde investedIn org/vega"), tookPart.toString());
        var angels = facts(EN + "In May Vega raised £9m in a round led by Kestrel, with Ostara and the angel network Halde also taking part.", "en");
        assertTrue(angels.contains("org/halde investedIn org/vega"), angels.toString());
        var round = facts(DE + "Lumen hat sich an einer Finanzierungsrunde von 18 Millionen Franken für Vega beteiligt.", "de");
        assertTrue(round.contains("org/lumen investedIn org/vega"), round.toString());
    }

    @Test
    void stakesHeldByTheNameRightBeforeThem() {
        var back = facts(DE + "Ostara ist seit 2017 an Vega beteiligt, und umgekehrt hält Vega einen Anteil an Lumen Music.", "de");
        assertTrue(back.contains("org/vega investedIn org/lumen-music"), back.toString());
        assertFalse(back.contains("org/ostara investedIn org/lumen-music"), back.toString());
        var percent = facts(DE + "Der Stockholmer Finanzinvestor Ostara, der seit dem Sommer gut drei Prozent an Vega hält, fordert eine Überprüfung.", "de");
        assertTrue(percent.contains("org/ostara investedIn org/vega"), percent.toString());
    }

    @Test
    void chiefsLeadingInGermanClausesAndPossessiveDoubleTitles() {
        var fuehrung = facts(DE + "Vega unter der Führung von Ines Kaur hat ebenfalls einen Vertrag mit Lumen.", "de");
        assertTrue(fuehrung.contains("person/ines-kaur ceoOf org/vega"), fuehrung.toString());
        var objekt = facts(DE + "Auch Vega, der US-Hygienekonzern, den Ines Kaur führt, verkauft eine digitale Überwachung.", "de");
        assertTrue(objekt.contains("person/ines-kaur ceoOf org/vega"), objekt.toString());
        var passiv = facts(DE + "Der Großhändler Vega aus den USA, welcher von Ines Kaur geführt wird, hatte gewarnt.", "de");
        assertTrue(passiv.contains("person/ines-kaur ceoOf org/vega"), passiv.toString());
        var titles = facts(EN + "\"They helped themselves,\" said Ines Kaur, Vega's chairman and chief executive.", "en");
        assertTrue(titles.contains("person/ines-kaur ceoOf org/vega"), titles.toString());
    }
}
