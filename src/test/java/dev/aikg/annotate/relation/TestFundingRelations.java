package dev.aikg.annotate.relation;

import dev.aikg.model.Predicate;
import dev.aikg.model.Relation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Funding rounds in German and English news phrasing. Sentences are our own. */
class TestFundingRelations {
    private static final String[] ORGS = {"org/lumen=Lumen", "org/halcyon=Halcyon Ventures", "org/corvid=Corvid Capital",
            "org/brightline=Brightline"};

    private static List<String> investments(String text, String lang, String... extra) {
        String[] specs = java.util.stream.Stream.concat(java.util.Arrays.stream(ORGS), java.util.Arrays.stream(extra))
                .toArray(String[]::new);
        return Docs.facts(Docs.relations(text, lang, specs)).stream().filter(f -> f.contains(" investedIn ")).toList();
    }

    @Test
    void roundLedByGermanWithAmount() {
        var d = Docs.relations("Lumen hat 500 Millionen Dollar eingesammelt, angeführt von Halcyon Ventures.", "de", ORGS);
        Relation r = d.relations().stream().filter(x -> x.predicate() == Predicate.INVESTED_IN).findFirst().orElseThrow();
        assertEquals("org/halcyon", r.subjectId());
        assertEquals("org/lumen", r.object());
        assertNotNull(r.amount());
        assertEquals(5e8, r.amount().value(), 1);
        assertEquals(List.of("org/halcyon investedIn org/lumen"),
                investments("Lumen sammelte in einer von Halcyon Ventures angeführten Finanzierungsrunde 80 Millionen Euro ein.", "de"));
    }

    @Test
    void listOfLeadsBeforeTheRound() {
        assertEquals(List.of("org/halcyon investedIn org/lumen", "org/corvid investedIn org/lumen"),
                investments("Halcyon Ventures and Corvid Capital led Lumen's $1.5 billion Series F in August.", "en"));
        assertEquals(List.of("org/halcyon investedIn org/lumen", "org/corvid investedIn org/lumen"),
                investments("Halcyon Ventures und Corvid Capital führten die Finanzierungsrunde bei Lumen an.", "de"));
    }

    @Test
    void aGermanParticipantWithItsArticleOrWithIstBeteiligt() {
        assertEquals(List.of("org/halcyon investedIn org/lumen", "org/corvid investedIn org/lumen"),
                investments("Im Dezember sammelte Lumen 6 Millionen Euro ein; angeführt wurde die Runde von Halcyon Ventures, auch der "
                        + "Corvid Capital beteiligte sich.", "de"));
        assertEquals(List.of("org/halcyon investedIn org/lumen", "org/corvid investedIn org/lumen"),
                investments("Lumen hatte im Dezember 78 Millionen Dollar eingesammelt; angeführt wurde die Runde von Halcyon Ventures, "
                        + "auch der Corvid Capital ist beteiligt.", "de"));
        assertEquals(List.of(), investments("Lumen hat einen Vertrag mit Halcyon Ventures; auch der Corvid Capital ist beteiligt.", "de"));
    }

    @Test
    void aLeadWithADayBeforeItsVerbAndASeriesRound() {
        assertEquals(List.of("org/halcyon investedIn org/lumen"),
                investments("Halcyon Ventures on Monday led a €12 million seed round in Lumen, a start-up based in Toulouse.", "en"));
        assertEquals(List.of("org/halcyon investedIn org/lumen"),
                investments("In July Halcyon Ventures also led a 6.5 billion yen Series B round in Lumen, a Sendai-based start-up.", "en"));
        assertEquals(List.of(), investments("Halcyon Ventures on Monday led a protest in Lumen's home town.", "en"));
    }

    @Test
    void roundLedByEnglishWithTwoLeads() {
        assertEquals(List.of("org/halcyon investedIn org/lumen", "org/corvid investedIn org/lumen"),
                investments("Lumen raised $500 million in a round led by Halcyon Ventures and Corvid Capital.", "en"));
        assertEquals(List.of("org/halcyon investedIn org/lumen"),
                investments("Lumen closed a $40 million Series A, co-led by Halcyon Ventures.", "en"));
    }

    @Test
    void stakeWithAmountGerman() {
        assertEquals(List.of("org/halcyon investedIn org/lumen"),
                investments("Halcyon Ventures hat sich mit zwei Milliarden Euro an Lumen beteiligt.", "de"));
    }

    @Test
    void investorsIncludeGermanAndEnglish() {
        assertEquals(List.of("org/halcyon investedIn org/lumen", "org/corvid investedIn org/lumen"),
                investments("Zu den Geldgebern von Lumen zählen Halcyon Ventures und Corvid Capital.", "de"));
        assertEquals(List.of("person/ada-brandt investedIn org/lumen", "org/corvid investedIn org/lumen"),
                investments("Lumen's investors include Ada Brandt and Corvid Capital.", "en", "person/ada-brandt=Ada Brandt"));
        assertEquals(List.of("org/halcyon investedIn org/lumen"),
                investments("Investors in Lumen include Halcyon Ventures, the firm said.", "en"));
        assertEquals(List.of("org/corvid investedIn org/lumen"),
                investments("Lumen wächst schnell. Zu den Investoren zählen auch Corvid Capital.", "de"));
    }

    @Test
    void investorsOfAKindStealthRoundsAndGermanVerbFirstStakes() {
        assertEquals(List.of("org/halcyon investedIn org/lumen", "org/corvid investedIn org/lumen"),
                investments("Zu den Geldgebern von Lumen gehören der Autobauer Halcyon Ventures und der Roboterhersteller Corvid Capital.", "de"));
        assertEquals(List.of("org/halcyon investedIn org/lumen", "org/corvid investedIn org/lumen"),
                investments("Lumen, founded by former Waymo engineer Ada Brandt, emerged from stealth in July with $80 million "
                        + "from investors including Halcyon Ventures and Corvid Capital.", "en", "person/ada-brandt=Ada Brandt"));
        assertEquals(List.of("org/brightline investedIn org/lumen"),
                investments("Im Dezember beteiligte sich Brightline zudem an Lumen, einem Start-up aus Kyoto.", "de"));
        assertEquals(List.of("org/brightline investedIn org/lumen"),
                investments("Brightline hat sich im Frühjahr zudem an der Lumen aus Dresden beteiligt.", "de"));
        assertEquals(List.of("org/corvid investedIn org/lumen"),
                investments("Hinter Lumen steht der Leipziger Frühphaseninvestor Corvid Capital.", "de"));
    }

    @Test
    void investorLeadsTheRound() {
        assertEquals(List.of("org/halcyon investedIn org/lumen"),
                investments("Halcyon Ventures führte die Finanzierungsrunde von Lumen an.", "de"));
        assertEquals(List.of("org/halcyon investedIn org/lumen"),
                investments("Halcyon Ventures hat die jüngste Finanzierungsrunde von Lumen angeführt.", "de"));
        assertEquals(List.of("org/corvid investedIn org/lumen"), investments("Corvid Capital led Lumen's Series B.", "en"));
        assertEquals(List.of("org/corvid investedIn org/lumen"),
                investments("Corvid Capital led a $300 million funding round for Lumen.", "en"));
    }

    @Test
    void participatedInTheRound() {
        assertEquals(List.of("org/brightline investedIn org/lumen"),
                investments("Brightline participated in the funding round of Lumen.", "en"));
        assertEquals(List.of("org/brightline investedIn org/lumen"), investments("Brightline also joined Lumen's latest round.", "en"));
        assertEquals(List.of("org/halcyon investedIn org/lumen", "org/brightline investedIn org/lumen"),
                investments("An der Finanzierungsrunde von Lumen beteiligten sich auch Halcyon Ventures und Brightline.", "de"));
    }

    @Test
    void receivedCapital() {
        assertEquals(List.of("org/brightline investedIn org/lumen"), investments("Lumen erhielt Kapital von Brightline.", "de"));
        assertEquals(List.of("org/halcyon investedIn org/lumen", "org/corvid investedIn org/lumen"),
                investments("Lumen raised $40 million from Halcyon Ventures and Corvid Capital.", "en"));
        assertEquals(List.of("org/halcyon investedIn org/lumen"),
                investments("Lumen raised $40 million from investors including Halcyon Ventures.", "en"));
        assertEquals(List.of("org/brightline investedIn org/lumen"),
                investments("Lumen hat 2 Milliarden Euro Wagniskapital von Brightline erhalten.", "de"));
    }

    @Test
    void leadsAndReceivesWithoutFundingAreNoInvestment() {
        assertTrue(investments("The index rose 2 percent, led by Brightline and Lumen.", "en").isEmpty());
        assertTrue(investments("Lumen raised prices, led by demand from Brightline.", "en").isEmpty());
        assertTrue(investments("Lumen erhielt einen Auftrag von Brightline.", "de").isEmpty());
        assertTrue(investments("Lumen received orders worth $5 billion from Brightline.", "en").isEmpty());
        assertTrue(investments("Halcyon Ventures führte die Rangliste von Lumen an.", "de").isEmpty());
        assertTrue(investments("Brightline joined Lumen's board in May.", "en").isEmpty());
        assertTrue(investments("Lumen's investors include pension funds, said Brightline.", "en").isEmpty());
        assertTrue(investments("Lumen hat Kritik von Brightline erhalten.", "de").isEmpty());
        assertTrue(investments("Brightline hat die Finanzierungsrunde von Lumen verpasst.", "de").isEmpty());
    }

    @Test
    void roundOfAnotherCompanyIsNotTheSubjects() {
        List<String> f = investments("Lumen, das 2023 von Brightline gegründet wurde, sammelte 50 Millionen Euro ein, angeführt von Halcyon Ventures.", "de");
        assertFalse(f.contains("org/halcyon investedIn org/brightline"), f.toString());
        assertTrue(f.contains("org/halcyon investedIn org/lumen"), f.toString());
    }

    @Test
    void roundOfTheCompanyNamedBefore() {
        List<String> f = investments("Lumen hat eine neue Finanzierungsrunde abgeschlossen. Das Start-up wird nun mit "
                + "9 Milliarden Dollar bewertet. Angeführt wird die Runde von der japanischen Halcyon Ventures. "
                + "Weitere Geldgeber sind unter anderem Corvid Capital und Brightline.", "de");
        assertEquals(List.of("org/halcyon investedIn org/lumen", "org/corvid investedIn org/lumen",
                "org/brightline investedIn org/lumen"), f);
    }

    @Test
    void anInvestorNamedBeforeIsNotTheRoundsCompany() {
        List<String> f = investments("Halcyon Ventures invests €1.3 billion in Lumen. Halcyon Ventures said its stake would "
                + "amount to about 11 percent. Existing investors Corvid Capital and Brightline also took part in the round.", "en");
        assertEquals(List.of("org/halcyon investedIn org/lumen", "org/corvid investedIn org/lumen",
                "org/brightline investedIn org/lumen"), f);
    }

    @Test
    void aCompanyFrontedWithForIsTheTopic() {
        List<String> f = investments("Ada Brandt, a partner at Brightline, said the deal was fair. For Lumen, the sum is small. "
                + "Earlier this month the company raised $13 billion in a round led by Halcyon Ventures.", "en",
                "person/ada-brandt=Ada Brandt");
        assertEquals(List.of("org/halcyon investedIn org/lumen"), f);
    }

    @Test
    void participantsNamedAfterDarunterOrOtherParticipants() {
        List<String> de = investments("Lumen hat 1,7 Milliarden Euro eingesammelt. Neben Halcyon Ventures beteiligen sich bestehende "
                + "Geldgeber an der Runde, darunter Corvid Capital und Brightline.", "de");
        assertTrue(de.containsAll(List.of("org/corvid investedIn org/lumen", "org/brightline investedIn org/lumen")), de.toString());
        List<String> en = investments("Lumen raised $13 billion in a new funding round. Other participants included Corvid Capital "
                + "and Brightline, according to the company.", "en");
        assertEquals(List.of("org/corvid investedIn org/lumen", "org/brightline investedIn org/lumen"), en);
    }

    @Test
    void startupOfThePreviousSentenceIsItsSubjectNotAPrepositionalObject() {
        List<String> f = investments("Die Gründerin, zuvor Forscherin bei Brightline, hatte Lumen 2022 gestartet. "
                + "Zu den Geldgebern des Start-ups zählen die Wagniskapitalfirmen Halcyon Ventures und Corvid Capital.", "de");
        assertEquals(List.of("org/halcyon investedIn org/lumen", "org/corvid investedIn org/lumen"), f);
    }

    @Test
    void investorsIncludeAfterASemicolonOrAPossessive() {
        assertEquals(List.of("org/halcyon investedIn org/lumen", "org/corvid investedIn org/lumen"),
                investments("Lumen will sich auf Behörden konzentrieren. Die Gründerin hatte die Firma 2021 aufgebaut; "
                        + "zu den Investoren gehören Halcyon Ventures und Corvid Capital.", "de"));
        assertEquals(List.of("org/halcyon investedIn org/lumen", "org/corvid investedIn org/lumen"),
                investments("Lumen wants to sell to public agencies. Its investors include Halcyon Ventures and Corvid Capital.", "en"));
    }

    @Test
    void aCompanyNamedAsSubjectInBetweenMovesTheTopicOn() {
        assertEquals(List.of("org/halcyon investedIn org/lumen", "org/corvid investedIn org/brightline"),
                investments("Lumen hat Geld von Halcyon Ventures erhalten. Unterdessen will Brightline stärker auf Behörden setzen. "
                        + "Zu den Investoren gehört Corvid Capital.", "de"));
    }

    @Test
    void moneyRaisedFromAnInvestorWithOrWithoutAnAmount() {
        assertEquals(List.of("org/halcyon investedIn org/lumen", "org/corvid investedIn org/lumen"),
                investments("Lumen raised money from Halcyon Ventures and Corvid Capital.", "en"));
        assertEquals(List.of("org/halcyon investedIn org/lumen"),
                investments("Lumen hat 60 Millionen Euro von Halcyon Ventures eingesammelt.", "de"));
        // A bare amount received may be a contract, unless the source's name says it is a venture house.
        assertEquals(List.of(), investments("Lumen hat 60 Millionen Euro von Brightline erhalten.", "de"),
                "a bare amount received may be a contract");
    }

    @Test
    void moneyRaisedInARelativeClause() {
        assertEquals(List.of("org/halcyon investedIn org/lumen", "org/corvid investedIn org/lumen"),
                investments("Lumen, which raised $6 billion in December from investors including Halcyon Ventures and "
                        + "Corvid Capital, is hiring.", "en"));
        assertEquals(List.of("org/halcyon investedIn org/lumen"),
                investments("Lumen, das im Dezember 60 Millionen Euro von Halcyon Ventures eingesammelt hat, wächst.", "de"));
        assertEquals(List.of(), investments("Lumen, das einen Auftrag über 60 Millionen Euro von Halcyon Ventures erhalten hat, "
                + "wächst.", "de"), "an order is no investment");
    }

    @Test
    void investorsInABulletedListAfterAColon() {
        assertEquals(List.of("org/halcyon investedIn org/lumen", "org/corvid investedIn org/lumen"),
                investments("Einen anderen Weg geht Lumen. Im Herbst sammelte es Geld ein. Zu den Investoren zählen unter anderem:\n-\n"
                        + "die Halcyon Ventures, Mutterkonzern von Brightline,\n-\nder Fonds Corvid Capital.", "de"));
        assertEquals(List.of("org/halcyon investedIn org/lumen", "org/corvid investedIn org/lumen"),
                investments("Lumen sells to public agencies. Its backers include:\n- Halcyon Ventures,\n- Corvid Capital.", "en"));
        assertEquals(List.of(), investments("Lumen sells to agencies. Its customers include:\n- Halcyon Ventures,\n- Corvid Capital.", "en"),
                "customers are no investors");
    }

    @Test
    void aRoundLedByAFundNamedInAPassiveSentence() {
        assertEquals(List.of("org/halcyon investedIn org/lumen"),
                investments("Der KI-Entwickler Lumen hat weitere 3,5 Milliarden Dollar eingesammelt. Angeführt wurde die "
                        + "Finanzierungsrunde vom Investmentfonds Halcyon Ventures, wie das Unternehmen mitteilte.", "de"));
    }

    @Test
    void amongItsInvestors() {
        List<String> f = investments("Lumen is in talks to raise more money. Brightline, whose servers run the models, "
                + "is among its existing investors.", "en");
        assertEquals(List.of("org/brightline investedIn org/lumen"), f);
        assertTrue(investments("Lumen grew fast. Brightline is among its biggest customers.", "en").isEmpty());
    }

    @Test
    void investorsNamedInARelativeClauseAboutTheRound() {
        var d = Docs.relations("Lumen hatte eine Finanzierungsrunde über 500 Millionen Dollar abgeschlossen, an der sich neben "
                + "Halcyon Ventures auch Corvid Capital und Brightline beteiligt hatten.", "de", ORGS);
        List<String> facts = Docs.facts(d).stream().filter(f -> f.contains(" investedIn ")).toList();
        assertEquals(List.of("org/halcyon investedIn org/lumen", "org/corvid investedIn org/lumen", "org/brightline investedIn org/lumen"),
                facts);
        Relation r = d.relations().stream().filter(x -> x.predicate() == Predicate.INVESTED_IN).findFirst().orElseThrow();
        assertNotNull(r.amount());
        assertEquals(5e8, r.amount().value(), 1);
    }

    @Test
    void theGermanIdiomForBackers() {
        var d = Docs.relations("Hinter Lumen stehen unter anderem Polaris und Corvid als Investoren.", "de",
                "org/lumen=Lumen", "org/polaris=Polaris", "org/corvid=Corvid");
        assertTrue(Docs.facts(d).contains("org/polaris investedIn org/lumen"), Docs.facts(d).toString());
        assertTrue(Docs.facts(d).contains("org/corvid investedIn org/lumen"), Docs.facts(d).toString());
        var person = Docs.relations("Hinter Lumen steht Mira Patel.", "de", "org/lumen=Lumen", "person/mira-patel=Mira Patel");
        assertTrue(Docs.facts(person).isEmpty(), Docs.facts(person).toString());
    }

    @Test
    void existingBackersAfterARoundWithCoLeads() {
        var d = Docs.relations("Lumen said it had closed a $2 billion round. The round was led by Halcyon, with Vesper and Corvid as "
                + "co-leads. Existing backers Polaris and Orbis did not say whether they took part.", "en",
                "org/lumen=Lumen", "org/halcyon=Halcyon", "org/vesper=Vesper", "org/corvid=Corvid", "org/polaris=Polaris",
                "org/orbis=Orbis");
        assertTrue(Docs.facts(d).contains("org/halcyon investedIn org/lumen"), Docs.facts(d).toString());
        assertTrue(Docs.facts(d).contains("org/polaris investedIn org/lumen"), Docs.facts(d).toString());
        assertTrue(Docs.facts(d).contains("org/orbis investedIn org/lumen"), Docs.facts(d).toString());
        assertFalse(Docs.facts(d).stream().anyMatch(f -> f.endsWith("investedIn org/corvid") || f.startsWith("org/halcyon investedIn org/polaris")),
                Docs.facts(d).toString());
    }

    @Test
    void investorsThatJoinARoundToldBefore() {
        List<String> en = investments("Lumen raised $1.1 billion on Tuesday in a round led by Halcyon Ventures. "
                + "Tessaly Partners, Orbis Capital and Kestrel Fund joined, as did the chipmaker Polaris.", "en",
                "org/tessaly=Tessaly Partners", "org/orbis=Orbis Capital",
                "org/kestrel=Kestrel Fund", "org/polaris=Polaris");
        assertTrue(en.contains("org/tessaly investedIn org/lumen"), en.toString());
        assertTrue(en.contains("org/kestrel investedIn org/lumen"), en.toString());
        List<String> none = investments("Lumen opened an office in Paris. Tessaly Partners and Orbis Capital joined, too.", "en",
                "org/tessaly=Tessaly Partners", "org/orbis=Orbis Capital");
        assertTrue(none.isEmpty(), "no round told: " + none);
    }

    @Test
    void mitDabeiUndInvestiertHaben() {
        List<String> de = investments("Lumen hat 900 Millionen Dollar eingesammelt, angeführt von Halcyon Ventures. "
                + "Mit dabei sind außerdem Tessaly Partners, Orbis Capital und Kestrel Fund.", "de",
                "org/tessaly=Tessaly Partners", "org/orbis=Orbis Capital",
                "org/kestrel=Kestrel Fund");
        assertTrue(de.contains("org/orbis investedIn org/lumen"), de.toString());
        List<String> haben = investments("Lumen sammelte im April 41 Millionen Dollar ein. Investiert haben unter anderem Tessaly "
                + "Partners und Orbis Capital.", "de", "org/tessaly=Tessaly Partners", "org/orbis=Orbis Capital");
        assertTrue(haben.contains("org/tessaly investedIn org/lumen"), haben.toString());
        List<String> neu = investments("Lumen raised $180 million in a Series C round. New investors Tessaly Partners and Orbis Capital "
                + "joined the round.", "en", "org/tessaly=Tessaly Partners", "org/orbis=Orbis Capital");
        assertTrue(neu.contains("org/orbis investedIn org/lumen"), neu.toString());
    }

    @Test
    void aPluralNounBeforeTheNextInvestorsKeepsTheList() {
        List<String> de = investments("Zu den Geldgebern von Lumen gehören Halcyon Ventures sowie die Großbanken Corvid Capital "
                + "und Brightline.", "de");
        assertTrue(de.contains("org/corvid investedIn org/lumen"), de.toString());
        assertTrue(de.contains("org/brightline investedIn org/lumen"), de.toString());
    }

    @Test
    void participantsNamedAfterTheLeadOfARoundToldBefore() {
        var with = investments("Lumen has raised a $90m Series B round. The round was led by Halcyon Ventures, with participation "
                + "from Corvid Capital and Brightline.", "en");
        assertTrue(with.containsAll(List.of("org/halcyon investedIn org/lumen", "org/corvid investedIn org/lumen",
                "org/brightline investedIn org/lumen")), with.toString());
        var participating = investments("Lumen raised $40 million in March. Halcyon Ventures led the round, with Corvid Capital "
                + "and Brightline participating.", "en");
        assertTrue(participating.containsAll(List.of("org/halcyon investedIn org/lumen", "org/corvid investedIn org/lumen",
                "org/brightline investedIn org/lumen")), participating.toString());
        var rival = investments("Lumen raised $40 million in March. Halcyon Ventures led the round, with Brightline a rival "
                + "bidder.", "en");
        assertFalse(rival.contains("org/brightline investedIn org/lumen"), rival.toString());
    }

    @Test
    void investorsWhoJoinedTheExistingShareholders() {
        var en = investments("Lumen raised $600 million on Tuesday. Nvidia's venture arm Halcyon Ventures and Corvid Capital joined "
                + "existing shareholders including Brightline.", "en", "org/nvidia=Nvidia");
        assertTrue(en.containsAll(List.of("org/halcyon investedIn org/lumen", "org/corvid investedIn org/lumen")), en.toString());
        assertFalse(en.contains("org/nvidia investedIn org/lumen"), en.toString());
        // Joining a board or a rival's alliance is no investment.
        var board = investments("Lumen raised $600 million on Tuesday. Nvidia's venture arm Halcyon Ventures joined the board.",
                "en", "org/nvidia=Nvidia");
        assertFalse(board.contains("org/halcyon investedIn org/lumen"), board.toString());
    }

    @Test
    void aRaiserWithAParticipleAppositionNamingItsBoss() {
        var en = investments("Lumen, run by veteran architect Ada Brandt, raised $693 million in a Series D round led by Halcyon "
                + "Ventures, with Corvid Capital also taking part.", "en", "person/ada-brandt=Ada Brandt");
        assertTrue(en.containsAll(List.of("org/halcyon investedIn org/lumen", "org/corvid investedIn org/lumen")), en.toString());
    }

    @Test
    void participantsAfterTheLeadsApposition() {
        var en = investments("Lumen announced a €4.5m pre-seed round led by Halcyon Ventures, an Oslo-based fund, with "
                + "participation from Corvid Capital and a group of angel investors.", "en");
        assertTrue(en.containsAll(List.of("org/halcyon investedIn org/lumen", "org/corvid investedIn org/lumen")), en.toString());
        var de = investments("Lumen sammelte 12 Millionen Euro ein, angeführt von Halcyon Ventures, einem Fonds aus Oslo, "
                + "unter Beteiligung von Corvid Capital.", "de");
        assertTrue(de.contains("org/corvid investedIn org/lumen"), de.toString());
        // A clause about a rival after the apposition adds nobody.
        var rival = investments("Lumen raised $40 million in a round led by Halcyon Ventures, an Oslo-based fund, while "
                + "Corvid Capital backed Brightline.", "en");
        assertFalse(rival.contains("org/corvid investedIn org/lumen"), rival.toString());
    }

    @Test
    void otherParticipantsWithADescriptionBeforeTheName() {
        var en = investments("Lumen has raised a $90m Series B round. Other participants included Singapore's sovereign wealth "
                + "fund Corvid Capital and Brightline.", "en");
        assertTrue(en.containsAll(List.of("org/corvid investedIn org/lumen", "org/brightline investedIn org/lumen")), en.toString());
        var de = investments("Lumen hat 28 Millionen Euro eingesammelt. Neu im Kreis der Geldgeber sind der Chipkonzern Corvid "
                + "Capital und der Staatsfonds Brightline.", "de");
        assertTrue(de.containsAll(List.of("org/corvid investedIn org/lumen", "org/brightline investedIn org/lumen")), de.toString());
    }

    @Test
    void germanRoundsToldByAPronounAndJoinedLater() {
        var sie = investments("Das Start-up Lumen hat eine Seed-Runde über 14 Millionen Euro eingesammelt. Angeführt wird sie von "
                + "Halcyon Ventures, mit dabei sind außerdem Corvid Capital und Brightline.", "de");
        assertTrue(sie.containsAll(List.of("org/halcyon investedIn org/lumen", "org/corvid investedIn org/lumen",
                "org/brightline investedIn org/lumen")), sie.toString());
        var auch = investments("Lumen hat eine Seed-Runde über 14 Millionen Euro eingesammelt. Auch Corvid Capital, eine "
                + "Beteiligungsgesellschaft aus Mannheim, beteiligt sich an der Runde.", "de");
        assertTrue(auch.contains("org/corvid investedIn org/lumen"), auch.toString());
        var same = investments("Brightline sprach von Rekorden. Lumen hatte im April 30 Millionen Dollar unter Führung von Halcyon "
                + "Ventures eingesammelt; auch Corvid Capital beteiligte sich.", "de");
        assertTrue(same.contains("org/corvid investedIn org/lumen"), same.toString());
        assertFalse(same.contains("org/corvid investedIn org/brightline"), same.toString());
        var unrelated = investments("Lumen hat eine Seed-Runde über 14 Millionen Euro eingesammelt. Auch Corvid Capital, eine "
                + "Beteiligungsgesellschaft aus Mannheim, beteiligt sich an der Debatte.", "de");
        assertFalse(unrelated.contains("org/corvid investedIn org/lumen"), unrelated.toString());
    }

    @Test
    void raisedFromAfterATimePhraseAndASecondSourceAfterAnAside() {
        List<String> en = dev.aikg.annotate.Extract.facts("Brackwater Games raised 4 million pounds in September from Kestrel "
                + "Peak Capital. Anthropic raised money from Microsoft, which led two of its rounds, and from Nvidia, which also "
                + "bought shares.", "en");
        assertTrue(en.contains("Kestrel Peak Capital investedIn Brackwater Games"), en.toString());
        assertTrue(en.contains("Microsoft investedIn Anthropic"), en.toString());
        assertTrue(en.contains("Nvidia investedIn Anthropic"), en.toString());
        List<String> buy = dev.aikg.annotate.Extract.facts("Anthropic raised $5 million to buy chips from Nvidia.", "en");
        assertFalse(buy.contains("Nvidia investedIn Anthropic"), buy.toString());
    }

    @Test
    void germanRoundsWithDescribedSourcesAndParticipantsInAClauseOfTheirOwn() {
        List<String> erhalten = dev.aikg.annotate.Extract.facts("Die Paragrafix GmbH mit Sitz in Köln, 2023 von dem früheren "
                + "Anwalt Tobias Emmerling gegründet, hat in einer Seed-Runde 4,5 Millionen Euro von dem Frühphasenfonds Rheinau Capital "
                + "erhalten.", "de");
        assertTrue(erhalten.contains("Rheinau Capital investedIn Paragrafix GmbH"), erhalten.toString());
        assertFalse(erhalten.stream().anyMatch(f -> f.startsWith("Tobias Emmerling investedIn")), erhalten.toString());
        List<String> city = dev.aikg.annotate.Extract.facts("Die Lernwerk Labs GmbH hat eine Finanzierungsrunde über 3,2 Millionen "
                + "Euro abgeschlossen, angeführt von dem Hamburger Fonds Elbstrom Capital.", "de");
        assertTrue(city.contains("Elbstrom Capital investedIn Lernwerk Labs GmbH"), city.toString());
        List<String> clause = dev.aikg.annotate.Extract.facts("Die Fertigwerk AI GmbH sammelte zwölf Millionen Euro ein. Angeführt "
                + "wurde die Runde vom Wagniskapitalgeber Isarwerk Capital, beteiligt war auch Sequoia Capital.", "de");
        assertTrue(clause.contains("Sequoia Capital investedIn Fertigwerk AI GmbH"), clause.toString());
    }

    @Test
    void aRoundNamedFirstAndParticipantsAmongTheInvestors() {
        List<String> de = dev.aikg.annotate.Extract.facts("Die Seed-Runde von Anthropic hatte Sequoia Capital angeführt. Die "
                + "Finanzierungsrunde des Start-ups DeepSeek führte Microsoft an.", "de");
        assertTrue(de.contains("Sequoia Capital investedIn Anthropic"), de.toString());
        assertTrue(de.contains("Microsoft investedIn DeepSeek"), de.toString());
        List<String> en = dev.aikg.annotate.Extract.facts("Anthropic raised a $2 billion seed round in July led by Sequoia "
                + "Capital, with Nvidia and Microsoft among the participants.", "en");
        assertTrue(en.contains("Nvidia investedIn Anthropic"), en.toString());
        assertTrue(en.contains("Microsoft investedIn Anthropic"), en.toString());
    }

    @Test
    void moneyFromSourcesAfterAFrontedVerbOrAHedge() {
        String[] ids = {"org/lumen=Lumen", "org/vela=Vela", "org/orbis=Orbis", "org/kestrel=Kestrel", "person/ida-holm=Ida Holm"};
        var de = Docs.facts(Docs.relations("Im Mai sammelte Lumen in einer Finanzierungsrunde rund 30 Milliarden Yen ein, unter anderem von den "
                + "Großbanken Vela und Orbis sowie von Kestrel.", "de", ids));
        for (String o : new String[] {"vela", "orbis", "kestrel"}) assertTrue(de.contains("org/" + o + " investedIn org/lumen"), o + ": " + de);
        var en = Docs.facts(Docs.relations("Lumen started with about $30 million from donors including the Vela Fund, Orbis and Kestrel "
                + "co-founder Ida Holm.", "en", "org/lumen=Lumen", "org/vela-fund=Vela Fund", "org/orbis=Orbis", "org/kestrel=Kestrel",
                "person/ida-holm=Ida Holm"));
        assertTrue(en.contains("org/vela-fund investedIn org/lumen"), en.toString());
        assertTrue(en.contains("org/orbis investedIn org/lumen"), en.toString());
        assertFalse(en.contains("org/kestrel investedIn org/lumen"), "Kestrel only names Ida Holm's role: " + en);
        var headline = Docs.facts(Docs.relations("Lumen wins $152 million from Vela and Orbis to build open models", "en", ids));
        assertTrue(headline.contains("org/vela investedIn org/lumen"), headline.toString());
    }

    @Test
    void roundsClosedFromAFundOrAGroupOfInvestors() {
        String[] ids = {"org/lumen=Lumen", "org/vela=Vela Capital", "org/orbis=Orbis", "org/kestrel=Kestrel"};
        var closed = Docs.facts(Docs.relations("Lumen, an Austin company building agents, closed a $9 million seed round from Vela Capital "
                + "this week.", "en", ids));
        assertTrue(closed.contains("org/vela investedIn org/lumen"), closed.toString());
        var fund = Docs.facts(Docs.relations("Lumen, which writes planning software for depots, raised €22 million from the London fund "
                + "Vela Capital and Orbis.", "en", ids));
        assertTrue(fund.contains("org/vela investedIn org/lumen"), fund.toString());
        assertTrue(fund.contains("org/orbis investedIn org/lumen"), fund.toString());
        var group = Docs.facts(Docs.relations("In December, Lumen raised $700 million in a private placement from a group of investors that "
                + "included Orbis and Kestrel.", "en", ids));
        assertTrue(group.contains("org/orbis investedIn org/lumen"), group.toString());
        assertTrue(group.contains("org/kestrel investedIn org/lumen"), group.toString());
    }

    @Test
    void investorsOfARoundToldInTheSentenceBefore() {
        String[] ids = {"org/lumen=Lumen", "org/halcyon=Halcyon Ventures", "org/corvid=Corvid Capital", "org/brightline=Brightline",
            "org/vela=Vela"};
        var aside = Docs.facts(Docs.relations("Lumen raised $40 million in a Series B. The round was led by Halcyon Ventures, with Corvid "
                + "Capital — the venture arm of Vela — and Brightline taking part.", "en", ids));
        for (String o : new String[] {"halcyon", "corvid", "brightline"}) assertTrue(aside.contains("org/" + o + " investedIn org/lumen"), o + ": " + aside);
        assertFalse(aside.contains("org/vela investedIn org/lumen"), "Vela only describes Corvid Capital: " + aside);
        var described = Docs.facts(Docs.relations("Lumen hat 20 Millionen Euro eingesammelt. Angeführt wurde sie von Halcyon Ventures, auch "
                + "Corvid Capital und der Essenslieferdienst Brightline beteiligten sich an der Runde.", "de", ids));
        for (String o : new String[] {"halcyon", "corvid", "brightline"}) assertTrue(described.contains("org/" + o + " investedIn org/lumen"), o + ": " + described);
        var cornerstone = Docs.facts(Docs.relations("Lumen raised about HK$6.7 billion in its listing. Its cornerstone investors included "
                + "Corvid Capital and the Hong Kong fund house Brightline.", "en", ids));
        for (String o : new String[] {"corvid", "brightline"}) assertTrue(cornerstone.contains("org/" + o + " investedIn org/lumen"), o + ": " + cornerstone);
        var suchAs = Docs.facts(Docs.relations("Lumen hat 20 Millionen Euro eingesammelt. Neben Vela beteiligten sich bisherige Investoren "
                + "wie Halcyon Ventures, Corvid Capital und Brightline an der Runde.", "de", ids));
        for (String o : new String[] {"halcyon", "corvid", "brightline"}) assertTrue(suchAs.contains("org/" + o + " investedIn org/lumen"), o + ": " + suchAs);
        var coLed = Docs.facts(Docs.relations("Lumen raised $40 million on Tuesday. Halcyon Ventures led the round, co-led by Corvid Capital "
                + "and Brightline.", "en", ids));
        for (String o : new String[] {"halcyon", "corvid", "brightline"}) assertTrue(coLed.contains("org/" + o + " investedIn org/lumen"), o + ": " + coLed);
        assertFalse(coLed.contains("org/corvid investedIn org/halcyon"), "a co-lead does not fund the lead: " + coLed);
    }

    @Test
    void theRoundOfACompanyThatClosedItNotOfAnEarlierLead() {
        String[] ids = {"org/lumen=Lumen", "org/halcyon=Halcyon Ventures", "org/corvid=Corvid Capital", "org/brightline=Brightline",
            "org/vela=Vela", "org/orbis=Orbis"};
        var f = Docs.facts(Docs.relations("Lumen said it had raised $400 million. Halcyon Ventures led the round, with Corvid Capital "
                + "joining. The largest cheque went to Brightline, which closed a $13 billion Series F on Monday. Vela led the round, "
                + "co-led by Orbis.", "en", ids));
        assertTrue(f.contains("org/vela investedIn org/brightline"), f.toString());
        assertTrue(f.contains("org/orbis investedIn org/brightline"), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.endsWith("investedIn org/halcyon")), "Halcyon led Lumen's round: " + f);
    }

    @Test
    void investorsCountedInThePerfect() {
        assertEquals(List.of("org/halcyon investedIn org/lumen", "org/corvid investedIn org/lumen"),
                investments("Zu den Geldgebern von Lumen hatten einst Halcyon Ventures und der Pensionsfonds Corvid Capital gezählt.", "de"));
    }

    @Test
    void participantsWithAnAppositionOfTheirOwnAndOtherWaysToJoin() {
        String[] ids = {"org/lumen=Lumen", "org/halcyon=Halcyon Ventures", "org/corvid=Corvid Capital", "org/brightline=Brightline",
            "org/vela=Vela"};
        var de = Docs.facts(Docs.relations("Lumen gab eine Finanzierungsrunde über 21 Millionen Euro bekannt. Angeführt wird sie von Halcyon "
                + "Ventures; außerdem steigen Corvid Capital, der Beteiligungsarm des Versicherers Vela, und der Fonds Brightline ein.", "de", ids));
        for (String o : new String[] {"halcyon", "corvid", "brightline"}) assertTrue(de.contains("org/" + o + " investedIn org/lumen"), o + ": " + de);
        assertFalse(de.contains("org/vela investedIn org/lumen"), de.toString());
        var bare = Docs.facts(Docs.relations("Lumen gab eine Finanzierungsrunde über 21 Millionen Euro bekannt. Angeführt wird sie von Halcyon "
                + "Ventures; außerdem steigen Corvid Capital, die Beteiligungstochter von Vela, und Brightline ein.", "de", ids));
        assertTrue(bare.contains("org/brightline investedIn org/lumen"), bare.toString());
        var relative = Docs.facts(Docs.relations("Lumen hat 600 Millionen Euro eingesammelt. Angeführt wird die Runde von Halcyon Ventures, der "
                + "Investmentfirma, die Vela-Gründer Ida Holm gegründet hat.", "de", ids));
        assertTrue(relative.contains("org/halcyon investedIn org/lumen"), relative.toString());
        assertFalse(relative.contains("org/vela investedIn org/lumen"), "Vela only describes a founder: " + relative);
        var joinedBy = Docs.facts(Docs.relations("Lumen closed a $48 million Series A on Wednesday. Halcyon Ventures led the round, joined "
                + "by Corvid Capital, Vela's venture arm, and Brightline.", "en", ids));
        for (String o : new String[] {"halcyon", "corvid", "brightline"}) assertTrue(joinedBy.contains("org/" + o + " investedIn org/lumen"), o + ": " + joinedBy);
        var sale = Docs.facts(Docs.relations("Lumen said on Monday it had completed a secondary share sale. The sale was led by Halcyon "
                + "Ventures and Corvid Capital.", "en", ids));
        assertTrue(sale.contains("org/halcyon investedIn org/lumen") && sale.contains("org/corvid investedIn org/lumen"), sale.toString());
        var stakes = Docs.facts(Docs.relations("In April Lumen added $2 billion in a round led by Halcyon Ventures, with Corvid Capital and "
                + "Brightline also taking stakes.", "en", ids));
        assertTrue(stakes.contains("org/brightline investedIn org/lumen"), stakes.toString());
    }

    @Test
    void anInvestorsKindBeforeItsNameInTheIncludeClause() {
        assertEquals(List.of("org/halcyon investedIn org/lumen"),
                investments("Zu den Investoren von Lumen gehört der US-Wagniskapitalgeber Halcyon Ventures.", "de"));
    }

    @Test
    void aFoundersPastEmployerRaisedNothing() {
        String[] ids = {"org/lumen=Lumen", "org/halcyon=Halcyon Ventures", "org/corvid=Corvid Capital", "org/vela=Vela",
            "person/ida-holm=Ida Holm", "person/jonas-falk=Jonas Falk"};
        var described = Docs.facts(Docs.relations("Founded in 2023 by former Vela data scientist Ida Holm, the start-up this week closed a "
                + "$12 million Series A round led by Halcyon Ventures.", "en", ids));
        assertFalse(described.contains("org/halcyon investedIn org/vela"), described.toString());
        var anaphor = Docs.facts(Docs.relations("Lumen builds navigation software for satellites. Founder Jonas Falk, who spent nine years at "
                + "Vela, said the company closed a seed round in September, led by Halcyon Ventures with participation from Corvid Capital.",
                "en", ids));
        assertFalse(anaphor.contains("org/halcyon investedIn org/vela"), anaphor.toString());
        assertTrue(anaphor.contains("org/halcyon investedIn org/lumen"), anaphor.toString());
    }

    @Test
    void theLeadInARelativeClauseOfTheRoundAndInvestorsOfTheNameBefore() {
        String[] ids = {"org/lumen=Lumen", "org/orbis=Orbis Ventures", "org/vantor=Vantor Capital"};
        var led = Docs.facts(Docs.relations("Im Juli sammelte Lumen 200 Millionen Dollar in einer Runde ein, die der US-Wagnisfinanzierer "
                + "Orbis Ventures anführte.", "de", ids));
        org.junit.jupiter.api.Assertions.assertTrue(led.contains("org/orbis investedIn org/lumen"), led.toString());
        var whose = Docs.facts(Docs.relations("Der wichtigste Rivale ist das Start-up Lumen, zu dessen Geldgebern der Fonds Vantor Capital gehört.",
                "de", ids));
        org.junit.jupiter.api.Assertions.assertTrue(whose.contains("org/vantor investedIn org/lumen"), whose.toString());
    }

    @Test
    void aRoundCollectedAndALeadDescribedByItsCity() {
        String[] ids = {"org/lumen=Lumen", "org/orbis=Orbis Ventures"};
        var led = Docs.facts(Docs.relations("Lumen, whose app tutors pupils in maths, collected $12 million last year in a round led by "
                + "Dublin-based Orbis Ventures.", "en", ids));
        org.junit.jupiter.api.Assertions.assertTrue(led.contains("org/orbis investedIn org/lumen"), led.toString());
    }

    @Test
    void aCompanyThatSaysItRaisedAndMoneyReceivedFromAFund() {
        String[] ids = {"org/lumen=Lumen", "org/orbis=Orbis Capital", "org/vela=Vela"};
        var said = Docs.facts(Docs.relations("Lumen, a start-up based in Dubai, said this week it had raised $12 million from Orbis Capital, "
                + "a venture fund headquartered in Abu Dhabi.", "en", ids));
        org.junit.jupiter.api.Assertions.assertTrue(said.contains("org/orbis investedIn org/lumen"), said.toString());
        var fund = Docs.facts(Docs.relations("Lumen hat nach eigenen Angaben 8 Millionen Dollar vom kuwaitischen Fonds Orbis Capital erhalten.",
                "de", ids));
        org.junit.jupiter.api.Assertions.assertTrue(fund.contains("org/orbis investedIn org/lumen"), fund.toString());
        var contract = Docs.facts(Docs.relations("Lumen hat 300 Millionen Dollar von Vela erhalten.", "de", ids));
        org.junit.jupiter.api.Assertions.assertFalse(contract.contains("org/vela investedIn org/lumen"), "a payment may be a contract: " + contract);
    }

    @Test
    void participantsPuttingInMoreMoney() {
        var d = Docs.facts(Docs.relations("Lumen raised $350 million. The round was led by Orbis Ventures, with Vela and Kestrel putting in more "
                + "money.", "en", "org/lumen=Lumen", "org/orbis=Orbis Ventures", "org/vela=Vela", "org/kestrel=Kestrel"));
        org.junit.jupiter.api.Assertions.assertTrue(d.contains("org/vela investedIn org/lumen"), d.toString());
        org.junit.jupiter.api.Assertions.assertTrue(d.contains("org/kestrel investedIn org/lumen"), d.toString());
    }

    @Test
    void moneyTakenOrCollectedFromAnInvestor() {
        var took = Docs.facts(Docs.relations("Outside the US, Kestrel took $2 billion in March from Orla Capital, the Abu Dhabi investor.", "en",
                "org/kestrel=Kestrel", "org/orla=Orla Capital"));
        assertTrue(took.contains("org/orla investedIn org/kestrel"), took.toString());
        var collected = Docs.facts(Docs.relations("Kestrel has collected money from the Berlin investor Orla Capital among others.", "en",
                "org/kestrel=Kestrel", "org/orla=Orla Capital"));
        assertTrue(collected.contains("org/orla investedIn org/kestrel"), collected.toString());
        // A charge, orders and a yearly payment are no investment.
        for (String s : new String[] {"Kestrel took a $2 billion charge from Orla Capital's exit.",
                "Kestrel took orders worth $2 billion from Orla Capital.",
                "Kestrel, which collects roughly $20 billion a year from Orla Capital, rose 3.8%."}) {
            var none = Docs.facts(Docs.relations(s, "en", "org/kestrel=Kestrel", "org/orla=Orla Capital"));
            assertFalse(none.contains("org/orla investedIn org/kestrel"), s + " " + none);
        }
    }

    @Test
    void investorsAmongThemAndOthersAlsoInvestingAfterTheLead() {
        var among = Docs.facts(Docs.relations("Kestrel has raised more than $230 million from investors, among them Orla Capital and Brisa Ventures.",
                "en", "org/kestrel=Kestrel", "org/orla=Orla Capital", "org/brisa=Brisa Ventures"));
        assertTrue(among.contains("org/orla investedIn org/kestrel") && among.contains("org/brisa investedIn org/kestrel"), among.toString());
        var also = Docs.facts(Docs.relations("Kestrel closed a $90 million round led by Orla Capital, with Brisa Ventures and Tamsin Labs, "
                + "the venture arm of a chipmaker, also investing.", "en",
                "org/kestrel=Kestrel", "org/orla=Orla Capital", "org/brisa=Brisa Ventures", "org/tamsin=Tamsin Labs"));
        assertTrue(also.contains("org/brisa investedIn org/kestrel") && also.contains("org/tamsin investedIn org/kestrel"), also.toString());
        var arm = Docs.facts(Docs.relations("Kestrel raised $150 million in a round led by Orla Capital, with Quell's venture arm Brisa Ventures taking part.",
                "en", "org/kestrel=Kestrel", "org/orla=Orla Capital", "org/quell=Quell", "org/brisa=Brisa Ventures"));
        assertTrue(arm.contains("org/brisa investedIn org/kestrel"), arm.toString());
        assertFalse(arm.contains("org/quell investedIn org/kestrel"), arm.toString());
        // Without a participle of investing the companies after "with" did not put money in.
        var none = Docs.facts(Docs.relations("Kestrel raised $308 million in a round led by Orla Capital, with Brisa Ventures shares rising.", "en",
                "org/kestrel=Kestrel", "org/orla=Orla Capital", "org/brisa=Brisa Ventures"));
        assertFalse(none.contains("org/brisa investedIn org/kestrel"), none.toString());
    }

    @Test
    void investorsAfterWhoseAndLeadsInTheDativePlural() {
        var whose = Docs.facts(Docs.relations("Kestrel, whose investors include Orla Capital, Brisa Ventures and Tamsin Labs, applied for a licence.",
                "en", "org/kestrel=Kestrel", "org/orla=Orla Capital", "org/brisa=Brisa Ventures", "org/tamsin=Tamsin Labs"));
        assertTrue(whose.containsAll(List.of("org/orla investedIn org/kestrel", "org/brisa investedIn org/kestrel",
                "org/tamsin investedIn org/kestrel")), whose.toString());
        assertEquals(List.of("org/halcyon investedIn org/lumen", "org/corvid investedIn org/lumen"),
                investments("Das Start-up Lumen hat am Montag eine Finanzierungsrunde über 90 Millionen Euro bekanntgegeben, angeführt von "
                        + "den Wagniskapitalgebern Halcyon Ventures und Corvid Capital.", "de"));
    }

    @Test
    void leadWithTheAmountAfterTheRoundAndMoneyReceivedFromAVentureHouse() {
        assertEquals(List.of("org/halcyon investedIn org/lumen"),
                investments("Halcyon Ventures führt eine Finanzierungsrunde über 120 Millionen Dollar bei Lumen an.", "de"));
        assertEquals(List.of("org/halcyon investedIn org/lumen", "org/corvid investedIn org/lumen"),
                investments("Die Lumen aus Leipzig hat 12 Millionen Euro von Halcyon Ventures und dem Fonds Corvid Capital erhalten.", "de"));
        // Money received from a company that is no investment house may be a contract.
        assertEquals(List.of(), investments("Lumen hat 12 Millionen Euro von Brightline erhalten.", "de"));
    }

    @Test
    void investorsAfterTheCompanysGenitiveAndAFrontedParticiple() {
        assertEquals(List.of("org/halcyon investedIn org/lumen", "org/corvid investedIn org/lumen"),
                investments("Zu den Geldgebern Lumens zählen Halcyon Ventures und Corvid Capital.", "de"));
        assertEquals(List.of("org/halcyon investedIn org/lumen", "org/corvid investedIn org/lumen"),
                investments("Finanziert wird Lumen unter anderem von Halcyon Ventures und Corvid Capital.", "de"));
        assertEquals(List.of(), investments("Unterstützt wird Lumen von Halcyon Ventures beim Vertrieb.", "de"));
    }

    @Test
    void membersOfABackingGroupAndShareholdersAfterABracketedShortName() {
        String[] specs = {"org/kestrel=Kestrel Pay", "org/orla=Orla Bank", "org/brisa=Brisa Kredit", "org/tamsin=Tamsin Post"};
        var consortium = Docs.facts(Docs.relations("Kestrel Pay is backed by a consortium of Nordic lenders including Orla Bank, "
                + "Brisa Kredit and Tamsin Post.", "en", specs));
        assertTrue(consortium.containsAll(List.of("org/orla investedIn org/kestrel", "org/brisa investedIn org/kestrel",
                "org/tamsin investedIn org/kestrel")), consortium.toString());
        var bracket = Docs.facts(Docs.relations("Retailers favour the wallet of Kestrel Pay (KP), whose shareholders include Orla Bank "
                + "and Brisa Kredit.", "en", specs));
        assertTrue(bracket.containsAll(List.of("org/orla investedIn org/kestrel", "org/brisa investedIn org/kestrel")), bracket.toString());
    }

    @Test
    void investorsAfterAGenitiveOwnerAndInAClauseAfterTheFounding() {
        String[] specs = {"org/kestrel=Kestrel", "org/orla=Orla Capital", "org/brisa=Brisa Ventures", "person/ada=Ada Lind"};
        var genitive = Docs.facts(Docs.relations("Zu Kestrels Geldgebern gehören Orla Capital und Brisa Ventures; das Start-up plant "
                + "einen Börsengang.", "de", specs));
        assertTrue(genitive.containsAll(List.of("org/orla investedIn org/kestrel", "org/brisa investedIn org/kestrel")), genitive.toString());
        var clause = Docs.facts(Docs.relations("Kestrel wurde 2023 von Ada Lind gegründet, zu den Investoren zählen ebenfalls Orla Capital "
                + "und Brisa Ventures.", "de", specs));
        assertTrue(clause.containsAll(List.of("org/orla investedIn org/kestrel", "org/brisa investedIn org/kestrel")), clause.toString());
        // A clause after the lead of a round is about the round's participants, not the lead.
        var lead = investments("Die Runde führt Halcyon Ventures an, zu den Investoren zählen ebenfalls Corvid Capital und Brightline.", "de");
        assertFalse(lead.contains("org/corvid investedIn org/halcyon"), lead.toString());
    }

    @Test
    void describedLeadsAndParticipantsAndASeatBeforeTheJoiningVerb() {
        String[] specs = {"org/kestrel=Kestrel", "org/orla=Orla Partners", "org/brisa=Brisa Labs", "org/tamsin=Tamsin Ventures"};
        var place = Docs.facts(Docs.relations("Kestrel said it had closed a 12 million pound round led by the London venture firm Orla Partners, "
                + "with participation from Brisa Labs.", "en", specs));
        assertTrue(place.containsAll(List.of("org/orla investedIn org/kestrel", "org/brisa investedIn org/kestrel")), place.toString());
        var bank = Docs.facts(Docs.relations("Kestrel closed a €19 million Series A led by Orla Partners, a Paris-based growth fund, with "
                + "participation from the state investment bank Tamsin Ventures.", "en", specs));
        assertTrue(bank.contains("org/tamsin investedIn org/kestrel"), bank.toString());
        var seat = Docs.facts(Docs.relations("Im November hatte Kestrel 18 Millionen Euro in einer Series-A-Runde eingesammelt, angeführt von "
                + "Orla Partners aus Frankfurt; auch Tamsin Ventures aus München beteiligte sich.", "de", specs));
        assertTrue(seat.containsAll(List.of("org/orla investedIn org/kestrel", "org/tamsin investedIn org/kestrel")), seat.toString());
    }

    @Test
    void theRoundFirstThenItsVerbThenTheLead() {
        var d = Docs.facts(Docs.relations("Im Frühjahr sammelte das Start-up Kestrel Analytics 6,5 Millionen Euro ein; die Runde führte der "
                + "Fonds Lumen Ventures aus Düsseldorf an, beteiligt war auch der Vantor Fonds.", "de",
                "org/kestrel=Kestrel Analytics", "org/lumen=Lumen Ventures", "org/vantor=Vantor Fonds"));
        assertTrue(d.contains("org/lumen investedIn org/kestrel"), d.toString());
        assertTrue(d.contains("org/vantor investedIn org/kestrel"), d.toString());
    }

    @Test
    void participantsNamedByTheirKindOrSeat() {
        String[] specs = {"org/kestrel=Kestrel", "org/lumen=Lumen Ventures", "org/vela=Vela Labs", "org/orla=Orla Capital"};
        var backer = Docs.facts(Docs.relations("The start-up Kestrel raised $95 million in a round led by Lumen Ventures, with participation from "
                + "existing backer Vela Labs.", "en", specs));
        assertTrue(backer.contains("org/vela investedIn org/kestrel"), backer.toString());
        var seat = Docs.facts(Docs.relations("The start-up Kestrel disclosed a $14 million seed round led by Lumen Ventures, with participation "
                + "from Vela Labs and the Dubai-based Orla Capital.", "en", specs));
        assertTrue(seat.contains("org/orla investedIn org/kestrel"), seat.toString());
    }

    @Test
    void aFamilyOfficeDescribedInTheListOfParticipants() {
        // Round 88: "led by Harrowgate Capital, with Bluefield Ventures and the Dallas family office Pinecrest Holdings participating".
        List<String> facts = Docs.facts(Docs.relations("Lumen said it had raised $42 million in a Series B round led by Vela Capital, with "
                + "Orbis Ventures and the Dallas family office Kestrel Holdings participating.", "en", "org/lumen=Lumen",
                "org/vela-capital=Vela Capital", "org/orbis-ventures=Orbis Ventures", "org/kestrel-holdings=Kestrel Holdings"));
        assertTrue(facts.contains("org/orbis-ventures investedIn org/lumen"), facts.toString());
        assertTrue(facts.contains("org/kestrel-holdings investedIn org/lumen"), facts.toString());
    }
}
