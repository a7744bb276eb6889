package dev.aikg.annotate.relation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Relations the hundred-and-ninth blind round (lotteries and betting; flowers and greenhouses; buses and transit) showed:
 * a chief's title first in a chain, a role after a first predicate, a translation's "welcher", brands an owner's apposition
 * lists, a brand no finder took, "which belongs to", "der X-Eigentümer Y", the unit of a glued parent placed, a possessive
 * after a seat, a second participle after the founders, a former trade before a founder. Our own sentences.
 */
class TestBrandsOwnersAndChiefTitleChains {
    private static final String[] IDS = {"org/vega=Vega", "org/lumen=Lumen", "org/ostara=Ostara", "org/kestrel=Kestrel",
        "person/ines-kaur=Ines Kaur", "person/tomas-berg=Tomas Berg"};

    private static List<String> facts(String text, String lang) {
        return Docs.facts(Docs.relations(text, lang, IDS));
    }

    @Test
    void aChiefsTitleFirstInAChainAndARoleAfterAFirstPredicate() {
        var chain = facts("Ines Kaur, the chief executive and co-founder of Vega, told analysts on the call.", "en");
        assertTrue(chain.contains("person/ines-kaur ceoOf org/vega") && chain.contains("person/ines-kaur founderOf org/vega"),
                chain.toString());
        assertFalse(chain.contains("person/ines-kaur worksFor org/vega"), chain.toString());
        var first = facts("Tomas Berg, who co-founded Lumen and now leads live pricing at Vega, said the models reprice games.", "en");
        assertTrue(first.contains("person/tomas-berg worksFor org/vega"), first.toString());
        var welcher = facts("Vega, welcher von Ines Kaur geführt wird, hatte einen schweren Tag.", "de");
        assertTrue(welcher.contains("person/ines-kaur ceoOf org/vega"), welcher.toString());
    }

    @Test
    void brandsAndOwners() {
        var whose = facts("Vega, the Swedish casino giant whose brands include Lumen, Ostara and Kestrel, uses cameras.", "en");
        assertTrue(whose.contains("org/lumen spinOffOf org/vega") && whose.contains("org/kestrel spinOffOf org/vega"), whose.toString());
        var unfound = facts("Auch der Konkurrent Vega, zu dem die Marken Lumen und Corvo gehören, will mehr investieren.", "de");
        assertTrue(unfound.contains("org/lumen spinOffOf org/vega"), unfound.toString());
        var belongs = facts("Rival Lumen, which belongs to Vega, has built its own stack.", "en");
        assertTrue(belongs.contains("org/lumen spinOffOf org/vega"), belongs.toString());
        var owner = facts("Der Lumen-Eigentümer Vega hat Rekordumsätze gemacht.", "de");
        assertTrue(owner.contains("org/lumen spinOffOf org/vega"), owner.toString());
    }

    @Test
    void seatsOfAUnitAndNotOfAPossessiveAfterTheSeat() {
        var unit = facts("Die Hamburger Vega-Tochter Lumen vermarktet eine eigene Plattform.", "de");
        assertTrue(unit.contains("org/lumen headquarteredIn Hamburg"), unit.toString());
        assertFalse(unit.contains("org/vega headquarteredIn Hamburg"), unit.toString());
        var portal = facts("Der Manager hatte zuvor das Düsseldorfer Hotelportal Ostara geführt.", "de");
        assertTrue(portal.contains("org/ostara headquarteredIn Düsseldorf"), portal.toString());
        var rival = facts("The Sydney-based group, Vega's fiercest rival in premium slots, won an injunction.", "en");
        assertFalse(rival.contains("org/vega headquarteredIn Sydney"), rival.toString());
    }

    @Test
    void foundersEndAtASecondParticipleAndAFormerTradeIsNoPostThere() {
        var led = facts("Vega, the lottery group founded by Ines Kaur and led by chief executive Tomas Berg, screens purchases.", "en");
        assertTrue(led.contains("person/ines-kaur founderOf org/vega"), led.toString());
        assertFalse(led.contains("person/tomas-berg founderOf org/vega"), led.toString());
        var former = facts("Lumen, founded in 2021 by former flower trader Ines Kaur and Tomas Berg, raised money.", "en");
        assertTrue(former.contains("person/ines-kaur founderOf org/lumen"), former.toString());
        assertFalse(former.contains("person/ines-kaur worksFor org/lumen"), former.toString());
    }

    @Test
    void aDescribedSubjectAfterTheGermanVerbAUnitAtAHouseAndAModelAClauseSaysWhoMade() {
        var inverted = facts("Beim Bau der Anlagen konkurriert der spanische Konzern Vega vor allem mit Lumen aus Israel und Ostara.", "de");
        assertTrue(inverted.contains("org/vega competesWith org/lumen") && inverted.contains("org/vega competesWith org/ostara"),
                inverted.toString());
        var unit = facts("Ines Kaur, who leads the transport practice at the consultancy Vega, was upbeat.", "en");
        assertTrue(unit.contains("person/ines-kaur worksFor org/vega"), unit.toString());
        assertFalse(unit.contains("person/ines-kaur ceoOf org/vega"), unit.toString());
        var made = Docs.facts(Docs.relations("Its product is based on Kestrel-2, a time-series foundation model that Vega published last year.",
                "en", "org/vega=Vega", "model/kestrel-2=Kestrel-2"));
        assertTrue(made.contains("model/kestrel-2 developedBy org/vega"), made.toString());
    }
}
