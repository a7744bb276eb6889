package dev.aikg.annotate.relation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Relations of the hundred-and-thirty-second blind round (flooring and tiles; forklifts and intralogistics; car dealers
 * and marketplaces), learnt after it was scored: a nearer company's own "which is run by" clause, the subject before an
 * apposition holding a city and its state ("Vega, the Scottsdale, Arizona-based company owned by Halde, competes with"),
 * no subject inside "Das Unternehmen, zu dem auch X gehört,", a pronoun as the buyer ("and in 2016 it bought X"), the
 * owner list "Zu den frühen Großinvestoren von X gehört der japanische Konzern Y", no title of another company in a
 * founded-by chain ("founded by Ostara co-founder A"), no chief of the house a start-up came out of, and "Ingolstädter"
 * as Ingolstadt's. Our own sentences.
 */
class TestRound132SubjectsBuyersAndOwners {
    private static final String[] IDS = {"org/vega=Vega", "org/ostara=Ostara", "org/kestrel=Kestrel", "org/lumen=Lumen",
        "org/halde=Halde", "org/tessin-university=Tessin University", "person/ines-kaur=Ines Kaur", "person/tom-ried=Tom Ried"};
    private static final String DE = "Die Branche wächst seit Jahren kräftig. ";
    private static final String EN = "The industry has grown for years. ";

    private static List<String> facts(String text, String lang) {
        return Docs.facts(Docs.relations(text, lang, IDS));
    }

    @Test
    void theNearerCompanysOwnLedByClause() {
        var nearer = facts(EN + "Vega competes with Ostara, the Japanese group whose logistics arm includes Kestrel, and with Lumen, which "
                + "is run by chief executive Ines Kaur.", "en");
        assertTrue(nearer.contains("person/ines-kaur ceoOf org/lumen"), nearer.toString());
        assertFalse(nearer.contains("person/ines-kaur ceoOf org/ostara") || nearer.contains("person/ines-kaur ceoOf org/kestrel"),
                nearer.toString());
    }

    @Test
    void subjectsBeforeAppositionsAndClauses() {
        var state = facts(EN + "Vega, the Scottsdale, Arizona-based supply-chain company owned by Halde, competes with Ostara and Kestrel.", "en");
        assertTrue(Docs.rivals(state, "org/vega", "org/ostara") && Docs.rivals(state, "org/vega", "org/kestrel"), state.toString());
        assertFalse(Docs.rivals(state, "org/halde", "org/ostara"), state.toString());
        var unnamed = facts(DE + "Das Unternehmen, zu dem auch der Hersteller Lumen mit Sitz in Weinheim gehört, konkurriert vor allem mit "
                + "Ostara und mit Kestrel.", "de");
        assertFalse(Docs.rivals(unnamed, "org/lumen", "org/ostara"), unnamed.toString());
    }

    @Test
    void aPronounBuysAndAnOwnerListIsNoParent() {
        var pronoun = facts(EN + "The group owns the forklift makers Ostara and Kestrel, and in 2016 it bought Lumen, an Atlanta-based "
                + "specialist.", "en");
        assertFalse(pronoun.contains("org/lumen spinOffOf org/kestrel"), pronoun.toString());
        var owners = facts(DE + "Zu den frühen Großinvestoren von Vega gehört der japanische Technologiekonzern Halde, der 2018 rund "
                + "460 Millionen Euro investierte.", "de");
        assertTrue(owners.contains("org/halde investedIn org/vega"), owners.toString());
        assertFalse(owners.contains("org/vega spinOffOf org/halde"), owners.toString());
    }

    @Test
    void titlesOfOtherHousesAndHousesStartUpsCameOutOf() {
        var chain = facts(EN + "Vega, which was founded by Ostara co-founder Tom Ried and is run today by Ines Kaur, saw its stock rise.", "en");
        assertTrue(chain.contains("person/tom-ried founderOf org/vega"), chain.toString());
        assertFalse(chain.contains("person/tom-ried worksFor org/vega") || chain.contains("person/tom-ried worksFor org/ostara"),
                chain.toString());
        var spunOut = facts(EN + "The Pittsburgh start-up was spun out of Tessin University's robotics programme in 2021 and was founded by "
                + "Ines Kaur, its chief executive, and Tom Ried.", "en");
        assertFalse(spunOut.contains("person/ines-kaur ceoOf org/tessin-university"), spunOut.toString());
    }

    @Test
    void aTownEndingInStadtTakesItsUmlaut() {
        var town = facts(DE + "2021 hatte der Konzern das Ingolstädter Robotikunternehmen Vega übernommen.", "de");
        assertTrue(town.contains("org/vega headquarteredIn Ingolstadt"), town.toString());
    }
}
