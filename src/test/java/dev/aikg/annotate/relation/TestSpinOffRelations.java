package dev.aikg.annotate.relation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Spin-offs and subsidiaries stated in ways the fourth blind round showed unread. Sentences are our own. */
class TestSpinOffRelations {
    @Test
    void anArmOfTheParent() {
        var en = Docs.relations("The cluster was built with Vela Digital, the software arm of the utility Nordlicht Energy.", "en",
                "org/vela-digital=Vela Digital", "org/nordlicht-energy=Nordlicht Energy");
        assertTrue(Docs.facts(en).contains("org/vela-digital spinOffOf org/nordlicht-energy"), Docs.facts(en).toString());
        var de = Docs.relations("Neu dabei ist Polaris Fund, der Wagniskapitalarm des Elektronikkonzerns Lumen Electronics.", "de",
                "org/polaris-fund=Polaris Fund", "org/lumen-electronics=Lumen Electronics");
        assertTrue(Docs.facts(de).contains("org/polaris-fund spinOffOf org/lumen-electronics"), Docs.facts(de).toString());
    }

    @Test
    void anotherUnitOfTheCompanyNamedInTheApposition() {
        var d = Docs.relations("The cloud layer will be run by Orbis Cloud, another Lumen unit, from next year.", "en",
                "org/orbis-cloud=Orbis Cloud", "org/lumen=Lumen");
        assertTrue(Docs.facts(d).contains("org/orbis-cloud spinOffOf org/lumen"), Docs.facts(d).toString());
        var not = Docs.relations("Orbis Cloud, a Lumen unit of measure for storage, grew.", "en",
                "org/orbis-cloud=Orbis Cloud", "org/lumen=Lumen");
        assertFalse(Docs.facts(not).contains("org/orbis-cloud spinOffOf org/lumen"), Docs.facts(not).toString());
    }

    @Test
    void aSentenceOpeningWithAnUnknownNameTakesNoChildFromTheSentenceBefore() {
        var d = Docs.relations("Neu dabei ist Polaris Fund aus Bonn. Kairo ist eine Ausgründung der Universität Lumen.", "de",
                "org/polaris-fund=Polaris Fund", "org/universitaet-lumen=Universität Lumen");
        assertFalse(Docs.facts(d).contains("org/polaris-fund spinOffOf org/universitaet-lumen"), Docs.facts(d).toString());
        var anaphor = Docs.relations("Neu dabei ist Polaris Fund aus Bonn. Es ist eine Ausgründung der Universität Lumen.", "de",
                "org/polaris-fund=Polaris Fund", "org/universitaet-lumen=Universität Lumen");
        assertTrue(Docs.facts(anaphor).contains("org/polaris-fund spinOffOf org/universitaet-lumen"), Docs.facts(anaphor).toString());
    }
}
