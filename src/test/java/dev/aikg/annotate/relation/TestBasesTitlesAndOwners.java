package dev.aikg.annotate.relation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ninety-second blind round (building technology, bicycles, agriculture) showed bases described by their maker, titles
 * in relative clauses and owners named in appositions. Our own sentences.
 */
class TestBasesTitlesAndOwners {
    private static List<String> facts(String text, String lang, String... ids) {
        return Docs.facts(Docs.relations(text, lang, ids));
    }

    @Test
    void aBaseDescribedByItsMakersAdjectiveOrMaker() {
        String[] ids = {"model/agronom=Agronom-7B", "model/llama=Llama 3.1", "org/meta=Meta", "model/heat=HeatMind 2",
            "model/small=Mistral Small", "org/mistral=Mistral AI", "model/lift=LiftSense", "model/phi=Phi-3", "org/ms=Microsoft"};
        assertTrue(facts("Das Unternehmen hat ein Sprachmodell namens Agronom-7B entwickelt, das auf Metas offenem Modell Llama 3.1 "
                + "basiert.", "de", ids).contains("model/agronom basedOn model/llama"));
        assertTrue(facts("Das Herzstück ist das Modell HeatMind 2, das auf Mistral Small vom französischen KI-Entwickler Mistral AI "
                + "basiert.", "de", ids).contains("model/heat basedOn model/small"));
        assertTrue(facts("The start-up's model, LiftSense, is based on Microsoft's compact Phi-3 model and was trained on GPUs.", "en", ids)
                .contains("model/lift basedOn model/phi"));
        var far = facts("LiftSense combines a geometry engine developed in-house with a language interface built on Meta's Llama 3.1, "
                + "which lets engineers talk to it.", "en", ids);
        assertTrue(far.contains("model/lift basedOn model/llama"), far.toString());
    }

    @Test
    void anArchRival() {
        var d = facts("Lumens Erzrivale Vantor aus Chicago gibt sich zurückhaltender.", "de", "org/lumen=Lumen", "org/vantor=Vantor");
        assertTrue(d.contains("org/lumen competesWith org/vantor"), d.toString());
    }

    @Test
    void titlesInRelativeClausesAndAfterAnAnd() {
        String[] ids = {"org/lumen=Lumen", "org/vantor=Vantor", "person/mira=Mira Patel", "person/jon=Jon Berg"};
        var serves = facts("Lumen was founded in 2021 by Mira Patel and Jon Berg, a former Vantor engineer who now serves as its chief "
                + "technology officer.", "en", ids);
        assertTrue(serves.contains("person/jon worksFor org/lumen"), serves.toString());
        var german = facts("Gegründet wurde Lumen im Jahr 2021 von Jon Berg, der als Geschäftsführer fungiert, und Mira Patel.", "de", ids);
        assertTrue(german.contains("person/jon ceoOf org/lumen"), german.toString());
        var second = facts("Lumen was founded in 2023 in Espoo by Mira Patel, its chief executive and a former head of services at "
                + "Vantor, and Jon Berg.", "en", ids);
        assertTrue(second.contains("person/mira ceoOf org/lumen"), second.toString());
        assertTrue(second.contains("person/mira worksFor org/vantor"), second.toString());
        // A coordinated title stays whole: "the company's founder and chief executive".
        var both = facts("Lumen gained 5 percent as Jon Berg, the company's founder and chief executive, spoke.", "en", ids);
        assertTrue(both.contains("person/jon ceoOf org/lumen"), both.toString());
    }

    @Test
    void anOwnerNamedInAnApposition() {
        String[] ids = {"org/lumen=Lumen", "org/vantor=Vantor"};
        assertTrue(facts("Lumen, whose largest shareholder is the Chinese state-owned chemicals group Vantor, is pushing its tyres.", "en", ids)
                .contains("org/vantor investedIn org/lumen"));
        assertTrue(facts("Lumen, dessen größter Aktionär Vantor ist, wächst.", "de", ids).contains("org/vantor investedIn org/lumen"));
        assertTrue(facts("Engineering-software giant Lumen, now part of Vantor, has added new tools.", "en", ids)
                .contains("org/lumen spinOffOf org/vantor"));
        // Not a list member after the apposition: "Ascenty, das X gehört, sowie Odata, inzwischen Teil von Y".
        var list = facts("Konkurrenten wie Lumen sowie Odata, inzwischen Teil von Vantor, bauen aus.", "de", ids);
        assertFalse(list.contains("org/lumen spinOffOf org/vantor"), list.toString());
    }
}
