package dev.aikg.annotate.relation;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rivalry stated by a compete verb with an adverb or a second "with", as the fourth blind round showed. Our own sentences. */
class TestCompetitionVerbs {
    @Test
    void rivalsFromAppositionsCompoundsListsAndAdverbs() {
        String[] ids = {"org/lumen=Lumen", "org/vantor=Vantor", "org/brightwave=Brightwave", "org/kestrel=Kestrel"};
        var of = Docs.facts(Docs.relations("Lumen aus Basel, ein Rivale von Vantor und Brightwave, gehört zu einem Staatskonzern.", "de", ids));
        assertTrue(of.containsAll(java.util.List.of("org/lumen competesWith org/vantor", "org/lumen competesWith org/brightwave")), of.toString());
        var compound = Docs.facts(Docs.relations("Vantor reported results. Another Vantor rival, Lumen, has taken a different route.", "en", ids));
        assertTrue(compound.contains("org/vantor competesWith org/lumen"), compound.toString());
        var copula = Docs.facts(Docs.relations("Vantor's most vocal rival is Lumen, the AI company.", "en", ids));
        assertTrue(copula.contains("org/vantor competesWith org/lumen"), copula.toString());
        var adverbs = Docs.facts(Docs.relations("Kestrel konkurriert schon heute mit Vantor und Brightwave.", "de", ids));
        assertTrue(adverbs.containsAll(java.util.List.of("org/kestrel competesWith org/vantor", "org/kestrel competesWith org/brightwave")),
                adverbs.toString());
        var described = Docs.facts(Docs.relations("In Europa konkurriert Lumen vor allem mit Vantor und dem Berliner Start-up Kestrel um Aufträge.",
                "de", ids));
        assertTrue(described.contains("org/lumen competesWith org/kestrel"), described.toString());
        var placed = Docs.facts(Docs.relations("Lumen now competes with Vantor, Brightwave and China's Kestrel for customers.", "en", ids));
        assertTrue(placed.contains("org/lumen competesWith org/kestrel"), placed.toString());
        var contest = Docs.facts(Docs.relations("Lumen steht im Heimatmarkt vor allem im Wettbewerb mit Vantor und Kestrel.", "de", ids));
        assertTrue(contest.contains("org/lumen competesWith org/kestrel"), contest.toString());
        // "der Konzern" names no company of this sentence: the contest is not the one before's subject's.
        var anaphor = Docs.facts(Docs.relations("Lumen kritisierte die Pläne. Er sagt, dass der Konzern im Wettbewerb mit Vantor nicht bestehe.",
                "de", ids));
        assertFalse(anaphor.contains("org/lumen competesWith org/vantor"), anaphor.toString());
    }

    @Test
    void anAdverbBetweenTheVerbAndWithAndASecondWith() {
        var de = Docs.relations("Nordlicht konkurriert vor allem mit Polaris sowie mit Lumen und Vela.", "de",
                "org/nordlicht=Nordlicht", "org/polaris=Polaris", "org/lumen=Lumen", "org/vela=Vela");
        var facts = Docs.facts(de);
        assertTrue(facts.contains("org/nordlicht competesWith org/polaris"), facts.toString());
        assertTrue(facts.contains("org/nordlicht competesWith org/lumen"), facts.toString());
        assertTrue(facts.contains("org/nordlicht competesWith org/vela"), facts.toString());
        var en = Docs.relations("Nordlicht competes mainly with Polaris, and with Lumen in Europe.", "en",
                "org/nordlicht=Nordlicht", "org/polaris=Polaris", "org/lumen=Lumen");
        assertTrue(Docs.facts(en).contains("org/nordlicht competesWith org/polaris"), Docs.facts(en).toString());
        assertTrue(Docs.facts(en).contains("org/nordlicht competesWith org/lumen"), Docs.facts(en).toString());
    }

    @Test
    void ringtMit() {
        var d = Docs.relations("Nordlicht ringt mit Polaris um Entwickler und zahlende Kunden.", "de",
                "org/nordlicht=Nordlicht", "org/polaris=Polaris");
        assertTrue(Docs.facts(d).contains("org/nordlicht competesWith org/polaris"), Docs.facts(d).toString());
        var not = Docs.relations("Nordlicht arbeitet vor allem mit Polaris zusammen.", "de",
                "org/nordlicht=Nordlicht", "org/polaris=Polaris");
        assertFalse(Docs.facts(not).contains("org/nordlicht competesWith org/polaris"), Docs.facts(not).toString());
    }

    @Test
    void aDescribedRivalASeparableVerbAndARelativeClauseBeforeTheSecondWith() {
        var en = Docs.relations("Nordlicht competes with the content-identification veteran Polaris.", "en",
                "org/nordlicht=Nordlicht", "org/polaris=Polaris");
        assertTrue(Docs.facts(en).contains("org/nordlicht competesWith org/polaris"), Docs.facts(en).toString());
        var de = Docs.relations("Nordlicht tritt damit gegen Anbieter wie Polaris und Lumen an.", "de",
                "org/nordlicht=Nordlicht", "org/polaris=Polaris", "org/lumen=Lumen");
        assertTrue(Docs.facts(de).containsAll(java.util.List.of("org/nordlicht competesWith org/polaris",
                "org/nordlicht competesWith org/lumen")), Docs.facts(de).toString());
        var relative = Docs.relations("Nordlicht konkurriert mit Polaris, das seinen Sitz in München hat, und mit dem US-Anbieter Vela.",
                "de", "org/nordlicht=Nordlicht", "org/polaris=Polaris", "org/vela=Vela");
        assertTrue(Docs.facts(relative).contains("org/nordlicht competesWith org/vela"), Docs.facts(relative).toString());
        // "and" before a second rival is a list, not a description: both rivals are the subject's, not each other's.
        var list = Docs.relations("Nordlicht competes with Polaris and Lumen in the neocloud market.", "en",
                "org/nordlicht=Nordlicht", "org/polaris=Polaris", "org/lumen=Lumen");
        assertFalse(Docs.facts(list).contains("org/polaris competesWith org/lumen"), Docs.facts(list).toString());
        // "an" that opens a phrase is no particle of "antreten".
        var away = Docs.relations("Nordlicht tritt nach dem Streit gegen Polaris an die Börse.", "de", "org/nordlicht=Nordlicht",
                "org/polaris=Polaris");
        assertFalse(Docs.facts(away).contains("org/nordlicht competesWith org/polaris"), Docs.facts(away).toString());
    }

    @Test
    void rivalryIdioms() {
        String[] ids = {"org/nordlicht=Nordlicht", "org/polaris=Polaris", "org/lumen=Lumen", "org/vela=Vela"};
        java.util.Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("Auch Nordlicht will Polaris Konkurrenz machen.", "de");
        cases.put("Vela, das mit seiner Suchmaschine Polaris Konkurrenz macht, hat keinen Vertrag.", "de");
        cases.put("In small-business accounting, Nordlicht's closest rival is Polaris.", "en");
        cases.put("Nordlichts größter Rivale im Brillengeschäft bleibt Polaris.", "de");
        cases.put("Vela sells rings, while Nordlicht and Lumen undercut Polaris on price.", "en");
        cases.put("The deal brings Nordlicht into competition with Polaris.", "en");
        cases.put("Die Chefin geht, während Nordlicht mit einem neuen Modell gegen Polaris und Vela antritt.", "de");
        Docs.assertEachFacts(cases, facts -> facts.stream().anyMatch(f -> f.contains("competesWith") && f.contains("org/polaris")
                && (f.contains("org/nordlicht") || f.contains("org/vela"))), ids);
        var under = Docs.relations("Vela sells rings, while Nordlicht and Lumen undercut Polaris on price.", "en", ids);
        assertTrue(Docs.facts(under).contains("org/lumen competesWith org/polaris"), Docs.facts(under).toString());
        assertFalse(Docs.facts(under).contains("org/vela competesWith org/polaris"), "Vela's clause is another");
        // A rival named by a possessive only: "Nordlicht's chief executive is" is no rivalry.
        var chief = Docs.relations("Nordlicht's chief executive is a former Polaris manager.", "en", ids);
        assertFalse(Docs.facts(chief).stream().anyMatch(f -> f.contains("competesWith")), Docs.facts(chief).toString());
    }

    @Test
    void anInvertedGermanSubjectAndALongDescription() {
        String[] ids = {"org/nordlicht=Nordlicht", "org/polaris=Polaris", "org/lumen=Lumen"};
        var inverted = Docs.relations("Im Wartungsgeschäft konkurriert Nordlicht mit Polaris.", "de", ids);
        assertTrue(Docs.facts(inverted).contains("org/nordlicht competesWith org/polaris"), Docs.facts(inverted).toString());
        var described = Docs.relations("Lumen competes with the established airline technology providers Nordlicht and Polaris.", "en", ids);
        assertTrue(Docs.facts(described).containsAll(java.util.List.of("org/lumen competesWith org/nordlicht",
                "org/lumen competesWith org/polaris")), Docs.facts(described).toString());
    }

    @Test
    void oneOfTheRivalsOfInAnApposition() {
        String[] ids = {"org/vela=Vela", "org/lumen=Lumen", "org/orbis=Orbis"};
        var de = Docs.facts(Docs.relations("Vela hat sich auf die Übernahme von Lumen geeinigt, einem der wichtigsten Wettbewerber von Orbis.",
                "de", ids));
        assertTrue(de.contains("org/lumen competesWith org/orbis"), de.toString());
        assertFalse(de.contains("org/vela competesWith org/orbis"), "the buyer is not the rival: " + de);
        var en = Docs.facts(Docs.relations("Lumen, one of the fiercest rivals of Orbis, raised money.", "en", ids));
        assertTrue(en.contains("org/lumen competesWith org/orbis"), en.toString());
    }

    @Test
    void theInvertedVerbWithSeveralMit() {
        var d = Docs.facts(Docs.relations("Im Geschäft mit Speicher konkurriert Vela außer mit Lumen auch mit Orbis.", "de",
                "org/vela=Vela", "org/lumen=Lumen", "org/orbis=Orbis"));
        assertTrue(d.contains("org/vela competesWith org/lumen"), d.toString());
        assertTrue(d.contains("org/vela competesWith org/orbis"), d.toString());
    }

    @Test
    void behindARivalIsInTheRace() {
        String[] ids = {"org/vela=Vela", "org/lumen=Lumen", "org/orbis=Orbis"};
        var de = Docs.facts(Docs.relations("Vela liegt beim Programmieren weit hinter Lumen und Orbis zurück.", "de", ids));
        assertTrue(de.contains("org/vela competesWith org/lumen"), de.toString());
        assertTrue(de.contains("org/vela competesWith org/orbis"), de.toString());
        var en = Docs.facts(Docs.relations("In coding, Vela still trails Lumen.", "en", ids));
        assertTrue(en.contains("org/vela competesWith org/lumen"), en.toString());
        var backer = Docs.facts(Docs.relations("Hinter Vela steht der Investor Lumen.", "de", ids));
        assertFalse(backer.contains("org/lumen competesWith org/vela"), "a backer stands behind: " + backer);
    }

    @Test
    void aPhraseOfWhatTheyCompeteForBeforeTheRival() {
        var d = Docs.facts(Docs.relations("Vela konkurriert bei Daten- und Indexkunden vor allem mit Lumen.", "de",
                "org/vela=Vela", "org/lumen=Lumen"));
        assertTrue(d.contains("org/vela competesWith org/lumen"), d.toString());
    }

    @Test
    void rivalsFromRankedNounsFrontedContestsParticlesAndPlaces() {
        String[] ids = {"org/lumen=Lumen", "org/vantor=Vantor", "org/brightwave=Brightwave", "org/kestrel=Kestrel", "org/polaris=Polaris"};
        var strongest = Docs.facts(Docs.relations("The curbs could hand more business to Lumen, Vantor's strongest rival in China.", "en", ids));
        assertTrue(strongest.contains("org/lumen competesWith org/vantor"), strongest.toString());
        var gilt = Docs.facts(Docs.relations("Den größten Nutzen könnte Lumen ziehen, der in China als wichtigster Rivale von Vantor gilt.", "de", ids));
        assertTrue(gilt.contains("org/lumen competesWith org/vantor"), gilt.toString());
        var fronted = Docs.facts(Docs.relations("Im Wettbewerb steht Lumen etwa mit dem texanischen Anbieter Vantor.", "de", ids));
        assertTrue(fronted.contains("org/lumen competesWith org/vantor"), fronted.toString());
        var particle = Docs.facts(Docs.relations("Mit dem Projekt tritt Polaris nun direkt gegen Lumen, Vantor und Kestrel an.", "de", ids));
        for (String o : new String[] {"lumen", "vantor", "kestrel"}) assertTrue(particle.contains("org/polaris competesWith org/" + o), particle.toString());
        var places = Docs.facts(Docs.relations("Polaris konkurriert vor allem mit Lumen aus den USA und Vantor aus Japan.", "de", ids));
        assertTrue(places.contains("org/polaris competesWith org/vantor"), places.toString());
        var makes = Docs.facts(Docs.relations("Polaris macht Lumen damit direkt Konkurrenz.", "de", ids));
        assertTrue(makes.contains("org/polaris competesWith org/lumen"), makes.toString());
        var both = Docs.facts(Docs.relations("Both Lumen and Vantor compete with Polaris for contracts from AI labs.", "en", ids));
        assertTrue(both.contains("org/lumen competesWith org/polaris") && both.contains("org/vantor competesWith org/polaris"), both.toString());
        var headToHead = Docs.facts(Docs.relations("Polaris will compete head-to-head with Lumen, Vantor and Kestrel for state GPUs.", "en", ids));
        for (String o : new String[] {"lumen", "vantor", "kestrel"}) assertTrue(headToHead.contains("org/polaris competesWith org/" + o), headToHead.toString());
        assertFalse(headToHead.contains("org/lumen competesWith org/vantor"), "list members are not each other's rivals: " + headToHead);
    }

    @Test
    void aModelThatMatchesAnotherAndOnePitchedAgainstIt() {
        String[] ids = {"model/orbis-4=Orbis 4", "model/vela-3=Vela 3", "model/lyra=Lyra", "org/lumen=Lumen"};
        var matched = Docs.facts(Docs.relations("By Lumen's own benchmarks, Orbis 4 matches Vela 3 on several maths tests.", "en", ids));
        assertTrue(matched.contains("model/orbis-4 competesWith model/vela-3"), matched.toString());
        var late = Docs.facts(Docs.relations("Orbis 4 beat Lyra in long-context tests and roughly matched Vela 3.", "en", ids));
        assertTrue(late.contains("model/orbis-4 competesWith model/vela-3"), late.toString());
        assertFalse(late.contains("model/lyra competesWith model/vela-3"), late.toString());
        var pitched = Docs.facts(Docs.relations("Lyra, its first reasoning model, which Lumen pitched squarely against Vela 3.", "en", ids));
        assertTrue(pitched.contains("model/lyra competesWith model/vela-3"), pitched.toString());
        var company = Docs.facts(Docs.relations("Lumen matches Polaris on price.", "en", "org/lumen=Lumen", "org/polaris=Polaris"));
        assertFalse(company.contains("org/lumen competesWith org/polaris"), "'matches' is said of models only: " + company);
    }

    @Test
    void aDativeRivalAppositionAndDescribedRivalsAfterTrittGegen() {
        var apposition = Docs.facts(Docs.relations("Lumen muss seinen Anteil an Orbis deutlich abbauen, dem wichtigsten Konkurrenten von Polaris.",
                "de", "org/lumen=Lumen", "org/orbis=Orbis", "org/polaris=Polaris"));
        assertTrue(apposition.contains("org/orbis competesWith org/polaris"), apposition.toString());
        assertFalse(apposition.contains("org/lumen competesWith org/polaris"), apposition.toString());
        var described = Docs.facts(Docs.relations("Lumen Storage tritt gegen etablierte Spezialisten wie Orbis, Vantor und Polaris an.", "de",
                "org/lumen=Lumen Storage", "org/orbis=Orbis", "org/vantor=Vantor", "org/polaris=Polaris"));
        assertTrue(described.contains("org/lumen competesWith org/orbis") && described.contains("org/lumen competesWith org/polaris"),
                described.toString());
        var inverted = Docs.facts(Docs.relations("Mit dem Kauf tritt Lumen Storage noch direkter gegen Orbis, Vantor und Polaris an.", "de",
                "org/lumen=Lumen Storage", "org/orbis=Orbis", "org/vantor=Vantor", "org/polaris=Polaris"));
        assertTrue(inverted.contains("org/lumen competesWith org/vantor"), inverted.toString());
        var glued = Docs.facts(Docs.relations("Vantor tritt mit dem Lumen-Bündnis zugleich gegen Spezialanbieter wie Orbis an.", "de",
                "org/lumen=Lumen", "org/orbis=Orbis", "org/vantor=Vantor"));
        assertTrue(glued.contains("org/vantor competesWith org/orbis") && !glued.contains("org/lumen competesWith org/orbis"), glued.toString());
    }

    @Test
    void aPossessiveRivalWithMoreAdjectives() {
        String[] ids = {"org/lumen=Lumen", "org/vantor=Vantor"};
        var oldest = Docs.facts(Docs.relations("Lumen, Vantor's oldest European competitor, added a tutor too.", "en", ids));
        assertTrue(oldest.contains("org/lumen competesWith org/vantor"), oldest.toString());
        var german = Docs.facts(Docs.relations("Lumen, Vantors chinesischer Rivale, legte zu.", "de", ids));
        assertTrue(german.contains("org/lumen competesWith org/vantor"), german.toString());
        var former = Docs.facts(Docs.relations("Lumen, Vantor's partner and competitor, grew.", "en", ids));
        assertFalse(former.contains("org/lumen competesWith org/vantor"), "a partner first: " + former);
    }

    @Test
    void aReciprocalVerbInARelativeClauseOnTheList() {
        String[] ids = {"org/lumen=Lumen", "org/vantor=Vantor", "org/brightwave=Brightwave"};
        var en = Docs.facts(Docs.relations("Lumen, Vantor and Brightwave, which compete fiercely for hospital contracts, all rose.", "en", ids));
        assertTrue(en.containsAll(java.util.List.of("org/lumen competesWith org/vantor", "org/lumen competesWith org/brightwave",
                "org/vantor competesWith org/brightwave")), en.toString());
        var de = Docs.facts(Docs.relations("Lumen und Vantor, die im Kliniksgeschäft seit Jahren miteinander konkurrieren, legten zu.", "de", ids));
        assertTrue(de.contains("org/lumen competesWith org/vantor"), de.toString());
        // A rival named in the clause: the pair competes with it, not with each other.
        var with = Docs.facts(Docs.relations("Lumen und Vantor, die mit Brightwave konkurrieren, legten zu.", "de", ids));
        assertFalse(with.contains("org/lumen competesWith org/vantor"), with.toString());
        var withEn = Docs.facts(Docs.relations("Lumen and Vantor, which compete with Brightwave, rose.", "en", ids));
        assertFalse(withEn.contains("org/lumen competesWith org/vantor"), withEn.toString());
    }

    @Test
    void theGermanIdiomOfDeliveringAFight() {
        String[] specs = {"org/lumen=Lumen", "org/vantor=Vantor"};
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("In den USA liefern sich Lumen und Vantor seit Jahren einen erbitterten Kampf um Makler.", "de");
        cases.put("Bei Profikameras liefern sich Lumen und Vantor ein Kopf-an-Kopf-Rennen um die Marktführerschaft.", "de");
        cases.put("Lumen liefert sich derzeit einen Preiskampf mit dem Rivalen Vantor.", "de");
        Docs.assertEachFacts(cases, f -> f.contains("org/lumen competesWith org/vantor"), specs);
        var none = Docs.facts(Docs.relations("Lumen und Vantor liefern sich die Daten gegenseitig.", "de", specs));
        assertFalse(none.contains("org/lumen competesWith org/vantor"), none.toString());
    }

    @Test
    void germanRelativeClausesOfCompeting() {
        String[] specs = {"org/lumen=Lumen", "org/vantor=Vantor", "org/orla=Orla Group"};
        var before = Docs.facts(Docs.relations("Im Vergleich zu Vantor und Orla Group, mit denen Lumen um Unternehmenskunden konkurriert, "
                + "sei das Start-up günstig.", "de", specs));
        assertTrue(before.contains("org/lumen competesWith org/vantor"), before.toString());
        assertTrue(before.contains("org/lumen competesWith org/orla"), before.toString());
        var inside = Docs.facts(Docs.relations("Der US-Rivale Lumen, der mit Vantor und Orla Group um dieselben Aufträge kämpft, wächst.",
                "de", specs));
        assertTrue(inside.contains("org/lumen competesWith org/vantor"), inside.toString());
        assertTrue(inside.contains("org/lumen competesWith org/orla"), inside.toString());
        var partner = Docs.facts(Docs.relations("Lumen, der mit Vantor und Orla Group zusammenarbeitet, wächst.", "de", specs));
        assertFalse(partner.stream().anyMatch(f -> f.contains("competesWith")), partner.toString());
    }

    @Test
    void describedRivalsAndAPossessiveAfterAndWith() {
        String[] specs = {"org/lumen=Lumen", "org/vantor=Vantor", "org/orla=Orla Group", "org/kestrel=Kestrel"};
        var such = Docs.facts(Docs.relations("Lumen competes with established revenue-management vendors such as Vantor and Orla Group.",
                "en", specs));
        assertTrue(such.contains("org/lumen competesWith org/vantor"), such.toString());
        assertTrue(such.contains("org/lumen competesWith org/orla"), such.toString());
        var country = Docs.facts(Docs.relations("Lumen competes mainly with Japan's Vantor and with Germany's Kestrel, which is owned by "
                + "Orla Group.", "en", specs));
        assertTrue(country.contains("org/lumen competesWith org/kestrel"), country.toString());
    }

    @Test
    void aPossessiveRivalAfterTheName() {
        var d = Docs.facts(Docs.relations("Lumen Telecom also owns roughly 45 percent of Vela Mobile, its biggest rival in mobile.", "en",
                "org/lumen=Lumen Telecom", "org/vela=Vela Mobile"));
        assertTrue(d.contains("org/lumen competesWith org/vela"), d.toString());
        var partner = Docs.facts(Docs.relations("Lumen Telecom signed a deal with Vela Mobile, its biggest customer.", "en",
                "org/lumen=Lumen Telecom", "org/vela=Vela Mobile"));
        assertFalse(partner.contains("org/lumen competesWith org/vela"), partner.toString());
    }

    @Test
    void anAdjectiveBetweenTheGenitiveAndTheRivalNoun() {
        var d = Docs.facts(Docs.relations("Lumens heimische Rivalen Vela geraten damit unter Zugzwang.", "de", "org/lumen=Lumen|Lumens",
                "org/vela=Vela"));
        assertTrue(d.contains("org/lumen competesWith org/vela"), d.toString());
    }

    @Test
    void aRivalNamedBeforeItsRivalsPossessive() {
        var d = Docs.facts(Docs.relations("Vela Electric (TSE: 6506), Lumen's closest domestic rival, already ships its arms.", "en",
                "org/vela=Vela Electric", "org/lumen=Lumen"));
        assertTrue(d.contains("org/vela competesWith org/lumen"), d.toString());
        var customer = Docs.facts(Docs.relations("Vela Electric, Lumen's largest customer, already ships its arms.", "en",
                "org/vela=Vela Electric", "org/lumen=Lumen"));
        assertTrue(customer.stream().noneMatch(f -> f.contains("competesWith")), customer.toString());
    }

    @Test
    void aPluralRivalNounNamesTheWholeList() {
        var d = Docs.facts(Docs.relations("Lumens heimische Rivalen Vela und Orla geraten damit unter Zugzwang.", "de",
                "org/lumen=Lumen|Lumens", "org/vela=Vela", "org/orla=Orla"));
        assertTrue(d.contains("org/lumen competesWith org/vela"), d.toString());
        assertTrue(d.contains("org/lumen competesWith org/orla"), d.toString());
        // The singular names its one rival.
        var one = Docs.facts(Docs.relations("Lumens Rivale Vela und der Partner Orla legten zu.", "de",
                "org/lumen=Lumen|Lumens", "org/vela=Vela", "org/orla=Orla"));
        assertFalse(one.contains("org/lumen competesWith org/orla"), one.toString());
    }

    @Test
    void anAdjectiveBeforeTheNounOfCompetition() {
        var d = Docs.facts(Docs.relations("Mit dem Schritt tritt Lumen in direkte Konkurrenz zu Vela und Orla.", "de",
                "org/lumen=Lumen", "org/vela=Vela", "org/orla=Orla"));
        assertTrue(d.contains("org/lumen competesWith org/vela"), d.toString());
        assertTrue(d.contains("org/lumen competesWith org/orla"), d.toString());
    }

    @Test
    void aPossessivesRivalsListedAfterAComma() {
        // Round 87: "L'Oréal's closest competitors, Estée Lauder and Shiseido, both run …".
        String[] ids = {"org/lumen=Lumen", "org/vela=Vela", "org/orbis=Orbis"};
        java.util.List<String> en = Docs.facts(Docs.relations(
                "Lumen's closest competitors, Vela and Orbis, both run their own skin-analysis services.", "en", ids));
        assertTrue(en.contains("org/lumen competesWith org/vela"), en.toString());
        assertTrue(en.contains("org/lumen competesWith org/orbis"), en.toString());
        java.util.List<String> de = Docs.facts(Docs.relations(
                "Lumens wichtigsten Konkurrenten, Vela und Orbis, setzen ebenfalls auf Hautanalyse.", "de", ids));
        assertTrue(de.contains("org/lumen competesWith org/vela"), de.toString());
        // Partners listed after the possessive are none.
        java.util.List<String> partners = Docs.facts(Docs.relations("Lumen's closest partners, Vela and Orbis, run the service.", "en", ids));
        assertFalse(partners.contains("org/lumen competesWith org/vela"), partners.toString());
    }

    @Test
    void aRelativeClauseBetweenTheSubjectAndItsVerbHoldsNoSubject() {
        // Round 87: "Microsoft, which supplies the computing power behind OpenAI's GPT-4o, competes with Amazon and Google".
        String[] ids = {"org/lumen=Lumen", "org/vela=Vela", "org/orbis=Orbis", "org/kestrel=Kestrel"};
        java.util.List<String> facts = Docs.facts(Docs.relations(
                "Lumen, which supplies the computing power behind Kestrel's service, competes with Vela and Orbis for sites.", "en", ids));
        assertTrue(facts.contains("org/lumen competesWith org/vela"), facts.toString());
        assertTrue(facts.contains("org/lumen competesWith org/orbis"), facts.toString());
        assertFalse(facts.contains("org/kestrel competesWith org/vela"), facts.toString());
    }

    @Test
    void aPossessivesRivalNounGoingOnWithASecondDescription() {
        // Round 88: "Hasbro (NASDAQ: HAS), Mattel's closest rival and the owner of Monopoly, slipped 0.8 percent".
        java.util.List<String> facts = Docs.facts(Docs.relations("Vela (NASDAQ: VLA), Lumen's closest rival and the owner of two "
                + "board-game brands, slipped 0.8 percent.", "en", "org/lumen=Lumen", "org/vela=Vela"));
        assertTrue(facts.contains("org/vela competesWith org/lumen"), facts.toString());
        java.util.List<String> partner = Docs.facts(Docs.relations("Vela (NASDAQ: VLA), Lumen's partner and the owner of two brands, "
                + "slipped 0.8 percent.", "en", "org/lumen=Lumen", "org/vela=Vela"));
        assertFalse(partner.contains("org/vela competesWith org/lumen"), partner.toString());
    }
}
