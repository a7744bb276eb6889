package dev.aikg.annotate.stock;

import dev.aikg.annotate.AnnotatedDocument;
import dev.aikg.annotate.relation.Docs;
import dev.aikg.lexicon.Lexicon;
import dev.aikg.model.StockMove;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestStockMoves {
    /** A Wednesday. */
    private static final LocalDate PUB = LocalDate.of(2024, 8, 7);

    private static List<StockMove> moves(String text, String lang, String... specs) {
        AnnotatedDocument d = Docs.run(Docs.of(text, lang, PUB, specs), Lexicon.empty());
        return d.stockMoves();
    }

    @Test
    void aHeadlineMoveRepeatedWithItsDayInTheBodyIsOneMove() {
        List<StockMove> de = moves("Lumen-Aktie bricht um 17 Prozent ein\n\nDie Aktie von Lumen ist am Montag um 17 Prozent "
                + "eingebrochen. Händler sprachen von Panikverkäufen.", "de", "org/lumen=Lumen");
        assertEquals(1, de.size(), de.toString());
        assertNotNull(de.get(0).date(), "the body's dated move is the one kept");
        List<StockMove> en = moves("Lumen shares sink 9%\n\nShares of Lumen fell 9% on Tuesday after the company cut its forecast.",
                "en", "org/lumen=Lumen");
        assertEquals(1, en.size(), en.toString());
        assertNotNull(en.get(0).date());
        // Another figure is another move, dated or not.
        List<StockMove> two = moves("Lumen shares sink 9%\n\nShares of Lumen fell 7% on Tuesday and lost another 2% on Wednesday.",
                "en", "org/lumen=Lumen");
        assertEquals(3, two.size(), two.toString());
    }

    @Test
    void aNameGluedToANounItQualifiesIsNoMover() {
        List<StockMove> de = moves("Lumen (HKEX: 9660), gegründet von dem früheren Vantor-Forscher Yu Kai, gehörte zu den Gewinnern "
                + "der Woche: Die Aktie stieg am Montag in Hongkong um 7,2 Prozent.", "de", "org/lumen=Lumen", "org/vantor=Vantor",
                "person/yu-kai=Yu Kai");
        assertEquals(1, de.size(), de.toString());
        assertEquals("org/lumen", de.get(0).subjectId());
        List<StockMove> en = moves("Lumen, the Vantor-backed chip designer, rose 4% on Monday.", "en", "org/lumen=Lumen", "org/vantor=Vantor");
        assertEquals(List.of("org/lumen"), en.stream().map(StockMove::subjectId).toList());
        // The name glued to its shares' noun is the mover: "Die Vantor-Aktie".
        List<StockMove> shares = moves("Nach Lumens Zahlen stieg die Vantor-Aktie am Montag um 3 Prozent.", "de", "org/lumen=Lumen",
                "org/vantor=Vantor");
        assertEquals(List.of("org/vantor"), shares.stream().map(StockMove::subjectId).toList());
    }

    @Test
    void aPersonsFormerEmployerAndAWhoseClauseAreNoMover() {
        List<StockMove> led = moves("Lumen (NYSE: LMN), now led by former Vantor executive Mira Patel, has rolled its assistant into "
                + "most of its catalogue and rose 2.1 percent on Tuesday.", "en", "org/lumen=Lumen", "org/vantor=Vantor",
                "person/mira-patel=Mira Patel");
        assertEquals(List.of("org/lumen"), led.stream().map(StockMove::subjectId).toList());
        List<StockMove> whose = moves("Lumen (NYSE: LMN), whose chief executive Mira Patel has said the outage hurt second-quarter "
                + "sales, fell 1.8 percent on Tuesday.", "en", "org/lumen=Lumen", "person/mira-patel=Mira Patel");
        assertEquals(1, whose.size(), whose.toString());
        assertEquals(-1.8, whose.get(0).changePct(), 1e-9);
        // A sales figure of the sentence itself is no price move.
        List<StockMove> sales = moves("Lumen said its second-quarter sales fell 1.8 percent on Tuesday.", "en", "org/lumen=Lumen");
        assertEquals(List.of(), sales);
    }

    @Test
    void theMarketContextHoldsForAParagraph() {
        String text = "Die Papiere von Vantor fielen am Montag um 19,9 Prozent. Auslöser war ein neues Modell aus China. Das Start-up "
                + "behauptet, mit wenig Rechenleistung auszukommen. Über die Kosten weiß man wenig. Die deutschen Versorger kamen "
                + "glimpflicher davon. Lumen verlor 1,2 Prozent.";
        List<StockMove> de = moves(text, "de", "org/lumen=Lumen", "org/vantor=Vantor");
        assertTrue(de.stream().anyMatch(m -> m.subjectId().equals("org/lumen") && m.changePct() == -1.2), de.toString());
        // Without any market word before, a listed company's percentage is no price move.
        List<StockMove> none = moves("Die Versorger kamen glimpflicher davon. Lumen verlor 1,2 Prozent.", "de", "org/lumen=Lumen");
        assertTrue(none.isEmpty(), none.toString());
    }

    @Test
    void aFigureBeforeTheCompanyItBelongsTo() {
        List<StockMove> drop = moves("The Dow slipped 0.5% on Monday, weighed down by a 3.2% drop in Lumen.", "en",
                "index/dow=Dow", "org/lumen=Lumen");
        assertTrue(drop.stream().anyMatch(m -> m.subjectId().equals("org/lumen") && m.changePct() == -3.2), drop.toString());
        assertTrue(drop.stream().noneMatch(m -> m.subjectId().equals("index/dow") && m.changePct() == -3.2), drop.toString());
        List<StockMove> off = moves("The sell-off knocked 17% off Polaris on Monday.", "en", "org/polaris=Polaris");
        assertEquals(List.of(-17.0), off.stream().map(StockMove::changePct).toList(), off.toString());
    }

    @Test
    void itAfterAnotherNameIsTheSentencesSubject() {
        List<StockMove> m = moves("Lumen rose about 340% in 2024, the best showing of any member of the S&P 500, and it is up "
                + "roughly 35% this year.", "en", "index/sp500=S&P 500", "org/lumen=Lumen");
        assertTrue(m.stream().anyMatch(x -> x.subjectId().equals("org/lumen") && x.changePct() == 35.0), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.subjectId().equals("index/sp500")), m.toString());
    }

    @Test
    void moreVerbsOfAMove() {
        List<StockMove> en = moves("Lumen's shares rocketed 36% on Wednesday, their biggest gain in decades.", "en", "org/lumen=Lumen");
        assertEquals(List.of(36.0), en.stream().map(StockMove::changePct).toList(), en.toString());
        List<StockMove> de = moves("In Amsterdam zogen die Papiere von Lumen am Dienstag um 1,2 Prozent an.", "de", "org/lumen=Lumen");
        assertEquals(List.of(1.2), de.stream().map(StockMove::changePct).toList(), de.toString());
    }

    @Test
    void anUnknownNameAfterTheSharesIsNoPointerBack() {
        assertTrue(moves("An der Börse stieg Lumen um 3,9%. Auch die Papiere des niederländischen Zulieferers Aslum stiegen um 2,9%.",
                "de", "org/lumen=Lumen").stream().noneMatch(m -> m.changePct() == 2.9), "Aslum is not Lumen");
        assertEquals(1, moves("An der Börse war Lumen gefragt. Die Papiere des Konzerns stiegen um 3%.", "de", "org/lumen=Lumen").size());
    }

    @Test
    void bothStocksMovedTogether() {
        List<StockMove> de = moves("An der Börse empfiehlt Rasgon die Aktien von Lumen und Polaris. Beide Titel hatten am Montag jeweils "
                + "rund 17% verloren.", "de", "org/lumen=Lumen", "org/polaris=Polaris");
        assertEquals(List.of("org/lumen", "org/polaris"), de.stream().map(StockMove::subjectId).toList(), de.toString());
        assertEquals(List.of(-17.0, -17.0), de.stream().map(StockMove::changePct).toList());
        List<StockMove> en = moves("Lumen and Polaris reported results. Both stocks fell about 3% on Tuesday.", "en",
                "org/lumen=Lumen", "org/polaris=Polaris");
        assertEquals(2, en.size(), en.toString());
    }

    @Test
    void profitingSharesAreNoProfitFigure() {
        List<StockMove> m = moves("In Tokio legten Polaris-Papiere um 10,6% zu. Auch Lumen profitierte und gewann rund 16%.", "de",
                "org/lumen=Lumen", "org/polaris=Polaris");
        assertEquals(List.of("org/polaris", "org/lumen"), m.stream().map(StockMove::subjectId).toList(), m.toString());
        assertTrue(moves("Der Gewinn von Lumen stieg um 16%.", "de", "org/lumen=Lumen").isEmpty(), "a profit figure");
    }

    @Test
    void aCompanyDescribedByARelativeClauseWithAnotherNameInIt() {
        List<StockMove> m = moves("Lumen Group, the Amsterdam-based company that emerged from the business of Polaris, rose 9.3% "
                + "on the Nasdaq.", "en", "org/lumen=Lumen Group", "org/polaris=Polaris");
        assertEquals(List.of("org/lumen"), m.stream().map(StockMove::subjectId).toList(), m.toString());
    }

    @Test
    void aWireInstrumentCodeIsAMarketContext() {
        List<StockMove> m = moves("Lumen (LUMN.O) rose 1.1% on Tuesday.", "en", "org/lumen=Lumen");
        assertEquals(List.of(1.1), m.stream().map(StockMove::changePct).toList(), m.toString());
        assertTrue(moves("Lumen (Korea) rose 1.1% on Tuesday.", "en", "org/lumen=Lumen").isEmpty(), "a bracket is no code");
    }

    @Test
    void anIndexInTheNextClauseWithItsOwnFigureIsNotTheSubject() {
        List<StockMove> m = moves("Lumen meldete Rekordzahlen. An der Börse in Taipeh legte die Aktie am Freitag um 1,5% zu, "
                + "der Leitindex Taiex gewann 0,5%.", "de", "org/lumen=Lumen", "index/taiex=Taiex");
        assertEquals(List.of("org/lumen", "index/taiex"), m.stream().map(StockMove::subjectId).toList(), m.toString());
        assertEquals(List.of(1.5, 0.5), m.stream().map(StockMove::changePct).toList());
    }

    @Test
    void percentagesWrittenAsWords() {
        List<StockMove> de = moves("An der Börse stiegen die Aktien von Lumen um mehr als sieben Prozent.", "de", "org/lumen=Lumen");
        assertEquals(1, de.size(), de.toString());
        assertEquals(7.0, de.get(0).changePct());
        assertTrue(de.get(0).approximate());
        List<StockMove> en = moves("Lumen shares fell five percent in New York trading.", "en", "org/lumen=Lumen");
        assertEquals(List.of(-5.0), en.stream().map(StockMove::changePct).toList());
        assertTrue(moves("Der Umsatz von Lumen stieg um zwei Prozent.", "de", "org/lumen=Lumen").isEmpty(), "revenue, no price");
    }

    @Test
    void theIndexAStockTradesInIsNotTheMover() {
        List<StockMove> de = moves("An der Börse fielen Infineon-Papiere um 5,3 Prozent, die Titel des Anlagenbauers Aixtron "
                + "rutschten im MDax um 7 Prozent ab.", "de", "org/infineon=Infineon", "org/aixtron=Aixtron", "index/mdax=MDax");
        assertEquals(List.of("org/infineon", "org/aixtron"), de.stream().map(StockMove::subjectId).toList(), de.toString());
        assertEquals(-7.0, de.get(1).changePct());
        List<StockMove> en = moves("In trading on Monday, Intel fell 3% on the Nasdaq.", "en", "org/intel=Intel",
                "index/nasdaq=Nasdaq");
        assertEquals(List.of("org/intel"), en.stream().map(StockMove::subjectId).toList(), en.toString());
        List<StockMove> index = moves("In trading on Monday, the Nasdaq fell 3%.", "en", "index/nasdaq=Nasdaq");
        assertEquals(List.of("index/nasdaq"), index.stream().map(StockMove::subjectId).toList(), "an index alone still moves");
    }

    @Test
    void gingEsNachObenIsAPriceMove() {
        List<StockMove> m = moves("Der Konzern beliefert Autobauer. Bei Infineon ging es dagegen um 2,1 Prozent nach oben, "
                + "bei Aixtron um 1,5 Prozent nach unten.", "de", "org/infineon=Infineon", "org/aixtron=Aixtron");
        assertEquals(2, m.size(), m.toString());
        assertEquals(2.1, m.get(0).changePct());
        assertEquals(-1.5, m.get(1).changePct());
    }

    @Test
    void germanVerbsWithApproximation() {
        List<StockMove> m = moves("Die Börsen reagieren heute Montag nervös. Die Aktien von Intel büssen vorbörslich mehr als 9% ein, "
                + "die Papiere von AMD verlieren 3,5 Prozent.", "de", "org/intel=Intel", "org/amd=AMD");
        assertEquals(2, m.size(), m.toString());
        assertEquals(-9.0, m.get(0).changePct());
        assertTrue(m.get(0).approximate());
        assertEquals("pre-market", m.get(0).session());
        assertEquals(LocalDate.of(2024, 8, 5), m.get(0).date());
        assertEquals(-3.5, m.get(1).changePct());
        assertFalse(m.get(1).approximate());
    }

    @Test
    void bracketedListWithDashes() {
        List<StockMove> m = moves("Am Montag gaben Chipwerte nach. Die Aktienkurse fielen: Infineon (–6%) in Deutschland, "
                + "Disco (−7,5%) in Japan und BE Semi (-4.2 %) in den Niederlanden.", "de",
                "org/infineon=Infineon", "org/disco=Disco", "org/be-semi=BE Semi");
        assertEquals(3, m.size(), m.toString());
        assertEquals(-6.0, m.get(0).changePct());
        assertEquals(-7.5, m.get(1).changePct());
        assertEquals("org/be-semi", m.get(2).subjectId());
        assertEquals(-4.2, m.get(2).changePct());
        assertEquals(LocalDate.of(2024, 8, 5), m.get(2).date());
    }

    @Test
    void englishVerbs() {
        List<StockMove> m = moves("Shares of Micron plunged 14% on Monday, while Arm rose 2.5% in after-hours trading.", "en",
                "org/micron=Micron", "org/arm=Arm");
        assertEquals(-14.0, m.get(0).changePct());
        assertEquals(LocalDate.of(2024, 8, 5), m.get(0).date());
        assertEquals(2.5, m.get(1).changePct());
        assertEquals("after-hours", m.get(1).session());
    }

    @Test
    void germanUmProzent() {
        List<StockMove> m = moves("Die Aktie von SAP stieg um 5 Prozent, der DAX legte 1,2% zu.", "de",
                "org/sap=SAP", "index/dax=DAX");
        assertEquals(5.0, m.get(0).changePct());
        assertEquals("index/dax", m.get(1).subjectId());
        assertEquals(1.2, m.get(1).changePct());
    }

    @Test
    void indexWithoutDate() {
        List<StockMove> m = moves("Der Nasdaq 100 verlor mehr als 2% in kurzer Zeit.", "de", "index/nasdaq-100=Nasdaq 100");
        assertEquals(1, m.size());
        assertEquals(-2.0, m.get(0).changePct());
        assertTrue(m.get(0).approximate());
        assertNull(m.get(0).date());
    }

    @Test
    void marketValueAttached() {
        List<StockMove> m = moves("Die Aktie von Nvidia fiel um 11 Prozent und verlor 400 Milliarden Dollar an Börsenwert.", "de",
                "org/nvidia=Nvidia");
        assertNotNull(m.get(0).valueChange());
        assertEquals(4e11, m.get(0).valueChange().value(), 1);
    }

    @Test
    void percentagesOutsideMarketsAreNoMoves() {
        assertTrue(moves("Mistral gewann 30% Marktanteil bei Chatbots in Frankreich.", "de", "org/unlisted-mistral=Mistral").isEmpty());
        assertTrue(moves("Die Inflation stieg um 2 Prozent, sagte Lagarde.", "de").isEmpty());
    }

    @Test
    void bareListWithColonsNeedsNoMarketWords() {
        List<StockMove> m = moves("Die Tagesbilanz im Überblick:\n-\nInfineon: –6,2%\n-\nBE Semi (Amsterdam): –4%", "de",
                "org/infineon=Infineon", "org/be-semi=BE Semi");
        assertEquals(2, m.size(), m.toString());
        assertEquals(-6.2, m.get(0).changePct());
        assertEquals("org/be-semi", m.get(1).subjectId());
    }

    @Test
    void sharesOfBeatsCompaniesInApposition() {
        List<StockMove> m = moves("Shares of Dell, a partner of Intel and AMD in the new server venture, rose 4.1% on Tuesday.", "en",
                "org/dell=Dell", "org/intel=Intel", "org/amd=AMD");
        assertEquals("org/dell", m.get(0).subjectId());
    }

    @Test
    void secondFigureBelongsToItsOwnClause() {
        List<StockMove> m = moves("Apple shares rose 1.2% on Friday, while Qualcomm, which supplies modems Apple buys, fell 2.4%.", "en",
                "org/apple=Apple", "org/qualcomm=Qualcomm");
        assertEquals("org/qualcomm", m.get(1).subjectId());
        assertEquals(-2.4, m.get(1).changePct());
    }

    @Test
    void pronounAndIndexAnaphora() {
        List<StockMove> m = moves("Arm Holdings opened its trading debut at $50 a share on Monday. On Tuesday it slipped 6.5% in New York.", "en",
                "org/arm-holdings=Arm Holdings");
        assertEquals(-6.5, m.get(0).changePct());
        assertEquals("org/arm-holdings", m.get(0).subjectId());
        List<StockMove> i = moves("The Dow fell 1% and the Nasdaq Composite dropped 2%. Later the index recovered 1.5%.", "en",
                "index/dow=Dow", "index/nasdaq-composite=Nasdaq Composite");
        assertEquals("index/nasdaq-composite", i.get(i.size() - 1).subjectId());
        assertEquals(1.5, i.get(i.size() - 1).changePct());
    }

    @Test
    void revenueGrowthIsNoMove() {
        assertTrue(moves("Intel reported chip sales of $9 billion, up 12% from a year earlier.", "en", "org/intel=Intel").isEmpty());
    }

    @Test
    void aSeparableVerbWrittenWholeInARelativeClause() {
        List<StockMove> m = moves("Der Chipkonzern Nvidia, dessen Aktie am Montag um 17 Prozent einbrach, kündigte neue Chips an. "
                + "Auch SAP, dessen Papiere am Dienstag um 3 Prozent anzogen, profitierte.", "de", "org/nvidia=Nvidia", "org/sap=SAP");
        assertEquals(2, m.size(), m.toString());
        assertEquals("org/nvidia", m.get(0).subjectId());
        assertEquals(-17.0, m.get(0).changePct());
        assertEquals(LocalDate.of(2024, 8, 5), m.get(0).date());
        assertEquals("org/sap", m.get(1).subjectId());
        assertEquals(3.0, m.get(1).changePct());
    }

    @Test
    void theCompanyNamedJustBeforeIsTheOneWhoseSharesMoved() {
        List<StockMove> m = moves("Intel raised its forecast on Monday. Shares of the Santa Clara-based company rose 6% "
                + "in extended trading.", "en", "org/intel=Intel");
        assertEquals(1, m.size(), m.toString());
        assertEquals("org/intel", m.get(0).subjectId());
        assertEquals(6.0, m.get(0).changePct());
    }

    @Test
    void aStrongMoveVerbAfterAListedCompanyNeedsNoMarketWord() {
        List<StockMove> m = moves("Intel soared 24% on Tuesday after it raised its annual forecast.", "en", "org/intel=Intel");
        assertEquals(1, m.size(), m.toString());
        assertEquals(24.0, m.get(0).changePct());
        assertTrue(moves("Intel's revenue jumped 24% in the quarter.", "en", "org/intel=Intel").isEmpty(),
                "a business figure stays one");
    }

    @Test
    void aCompanyInsideARelativeClauseIsNotTheOneThatMoved() {
        List<StockMove> m = moves("Supermicro, which assembles servers packed with Nvidia GPUs, slumped 12% after it delayed "
                + "its annual report.", "en", "org/supermicro=Supermicro", "org/nvidia=Nvidia");
        assertEquals(1, m.size(), m.toString());
        assertEquals("org/supermicro", m.get(0).subjectId());
        assertEquals(-12.0, m.get(0).changePct());
    }

    @Test
    void aStakeIsNoPriceMoveEvenNextToShares() {
        List<StockMove> en = moves("Lumen shares surged 24% on Monday. Lumen granted Polaris a warrant for up to 160 million Lumen shares, "
                + "roughly a 10% stake.", "en", "org/lumen=Lumen", "org/polaris=Polaris");
        assertEquals(List.of(24.0), en.stream().map(StockMove::changePct).toList(), en.toString());
        List<StockMove> de = moves("Die Lumen-Aktie stieg um 3 Prozent, Polaris hält rund 5 Prozent an dem Unternehmen.", "de",
                "org/lumen=Lumen", "org/polaris=Polaris");
        assertEquals(List.of(3.0), de.stream().map(StockMove::changePct).toList(), de.toString());
        List<StockMove> share = moves("Die Aktie von Lumen gewann 4 Prozent; Polaris erwarb 12 Prozent der Anteile.", "de",
                "org/lumen=Lumen", "org/polaris=Polaris");
        assertEquals(List.of("org/lumen"), share.stream().map(StockMove::subjectId).toList(), share.toString());
    }

    @Test
    void perfectParticiplesOfSeparableVerbs() {
        List<StockMove> m = moves("An der Wall Street hatte Lumen am Vorabend 2,3 Prozent eingebüßt, Polaris war um 1 Prozent abgerutscht.",
                "de", "org/lumen=Lumen", "org/polaris=Polaris");
        assertEquals(List.of(-2.3, -1.0), m.stream().map(StockMove::changePct).toList(), m.toString());
    }

    @Test
    void mildEnglishDownVerbs() {
        List<StockMove> m = moves("On the Nasdaq, Lumen shares dipped 1.5%, Polaris eased 0.3% and Corvid retreated 2%.", "en",
                "org/lumen=Lumen", "org/polaris=Polaris", "org/corvid=Corvid");
        assertEquals(List.of(-1.5, -0.3, -2.0), m.stream().map(StockMove::changePct).toList(), m.toString());
    }

    @Test
    void theChangeOfABusinessFigureIsNoPriceMove() {
        List<StockMove> en = moves("Lumen (2317.TW) reported a 17% rise in third-quarter net profit. Shares of Lumen rose 2.1% in Taipei.",
                "en", "org/lumen=Lumen");
        assertEquals(List.of(2.1), en.stream().map(StockMove::changePct).toList(), en.toString());
        List<StockMove> shares = moves("Lumen posted a 5% jump in its shares on Tuesday on the Nasdaq.", "en", "org/lumen=Lumen");
        assertEquals(List.of(5.0), shares.stream().map(StockMove::changePct).toList(), shares.toString());
    }

    @Test
    void gaveUpIsAFall() {
        List<StockMove> m = moves("Chip stocks slid on Tuesday, and the Nasdaq 100 gave up 1.4%.", "en", "index/nasdaq-100=Nasdaq 100");
        assertTrue(m.stream().anyMatch(x -> x.subjectId().equals("index/nasdaq-100") && x.changePct() == -1.4), m.toString());
    }

    @Test
    void anExplicitTickerAfterTheNameIsAMarketContext() {
        List<StockMove> m = moves("Lumen Technology (SHA: 688041) lost 2.7% on Tuesday.", "en",
                "org/lumen=Lumen Technology|SHA: 688041");
        assertTrue(m.stream().anyMatch(x -> x.subjectId().equals("org/lumen") && x.changePct() == -2.7), m.toString());
        assertTrue(moves("Lumen Technology lost 2.7% of its staff on Tuesday.", "en", "org/lumen=Lumen Technology").isEmpty(),
                "no ticker, no market word: no share move");
    }

    @Test
    void theDayAfterASecondFigureOfTheSameStockIsThatFiguresDay() {
        List<StockMove> m = moves("Chip stocks slid on Tuesday. Lumen declined 5.2%, adding to the 4% slide it suffered last Thursday.",
                "en", "org/lumen=Lumen");
        assertTrue(m.stream().anyMatch(x -> x.changePct() == -5.2 && LocalDate.of(2024, 8, 6).equals(x.date())), m.toString());
        assertTrue(m.stream().anyMatch(x -> x.changePct() == -4.0 && LocalDate.of(2024, 8, 1).equals(x.date())), m.toString());
        List<StockMove> two = moves("Chip stocks slid on Tuesday. Lumen fell 5% and Polaris 3% on Monday.", "en",
                "org/lumen=Lumen", "org/polaris=Polaris");
        assertTrue(two.stream().allMatch(x -> LocalDate.of(2024, 8, 5).equals(x.date())), "two stocks share the day: " + two);
    }

    @Test
    void aPastDayInASideClauseIsNotTheDayOfTheNextSentences() {
        List<StockMove> m = moves("Chip stocks slid on Tuesday. Lumen declined 5.2%, adding to the 4% slide it suffered last Thursday. "
                + "Polaris shares rose 1.4%.", "en", "org/lumen=Lumen", "org/polaris=Polaris");
        assertTrue(m.stream().anyMatch(x -> x.subjectId().equals("org/polaris") && LocalDate.of(2024, 8, 6).equals(x.date())),
                "the day of the main clause before, not last Thursday: " + m);
        List<StockMove> forward = moves("Lumen shares fell 3% on Monday and rose 2% on Tuesday. Polaris shares rose 1.4%.", "en",
                "org/lumen=Lumen", "org/polaris=Polaris");
        assertTrue(forward.stream().anyMatch(x -> x.subjectId().equals("org/polaris") && LocalDate.of(2024, 8, 6).equals(x.date())),
                "a story that moves forward carries its last day: " + forward);
    }

    @Test
    void itsStockAndSeinePapierePointBackToTheCompany() {
        List<StockMove> m = moves("Lumen, the closest rival in custom silicon, has had a rougher fortnight. Its stock plunged 18.6% "
                + "on Friday, and it slipped another 2.1% on Monday.", "en", "org/lumen=Lumen");
        assertTrue(m.stream().anyMatch(x -> x.subjectId().equals("org/lumen") && x.changePct() == -18.6), m.toString());
        assertTrue(m.stream().anyMatch(x -> x.subjectId().equals("org/lumen") && x.changePct() == -2.1), m.toString());
        List<StockMove> de = moves("Lumen hat einen schwierigen Monat hinter sich. Seine Papiere verloren am Freitag 4,5 Prozent.", "de",
                "org/lumen=Lumen");
        assertTrue(de.stream().anyMatch(x -> x.subjectId().equals("org/lumen") && x.changePct() == -4.5), de.toString());
    }

    @Test
    void figuresRespectivelyPairWithTheNamesInOrder() {
        List<StockMove> m = moves("Lumen shares climbed 2.8% on Wednesday, while MDAX members Polaris (XETRA: PLR) and Vantor gained "
                + "1.9% and 3.4% respectively.", "en", "org/lumen=Lumen", "index/mdax=MDAX", "org/polaris=Polaris", "org/vantor=Vantor");
        assertTrue(m.stream().anyMatch(x -> x.subjectId().equals("org/polaris") && x.changePct() == 1.9), m.toString());
        assertTrue(m.stream().anyMatch(x -> x.subjectId().equals("org/vantor") && x.changePct() == 3.4), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.subjectId().equals("index/mdax")), m.toString());
        List<StockMove> de = moves("Die Aktien von Polaris und Vantor legten am Dienstag um 2,1 Prozent beziehungsweise 3,4 Prozent zu.",
                "de", "org/polaris=Polaris", "org/vantor=Vantor");
        assertTrue(de.stream().anyMatch(x -> x.subjectId().equals("org/polaris") && x.changePct() == 2.1), de.toString());
        assertTrue(de.stream().anyMatch(x -> x.subjectId().equals("org/vantor") && x.changePct() == 3.4), de.toString());
        List<StockMove> plain = moves("Polaris shares rose 2.1% and 3.4% on two days in a row.", "en", "org/polaris=Polaris");
        assertTrue(plain.stream().allMatch(x -> x.subjectId().equals("org/polaris")), "no marker, one subject: " + plain);
    }

    @Test
    void theParentNamedAfterAPossessiveOwnsTheShares() {
        List<StockMove> m = moves("Shares of Lumen's parent Polaris slid as much as 4.8% on Tuesday.", "en",
                "org/lumen=Lumen", "org/polaris=Polaris");
        assertEquals(List.of("org/polaris"), m.stream().map(StockMove::subjectId).toList(), m.toString());
    }

    @Test
    void aRankingInsideAnIndexIsNoMoveOfTheIndex() {
        List<StockMove> ranked = moves("Lumen shares fell 28% on Monday. The company was the best performer in the S&P 500 last "
                + "year with a gain of more than 250%.", "en", "org/lumen=Lumen", "index/sp500=S&P 500");
        assertTrue(ranked.stream().noneMatch(m -> m.subjectId().equals("index/sp500")), ranked.toString());
        List<StockMove> own = moves("Lumen rose. The stock was the best performer in the S&P 500, which edged up 0.4% on Monday.", "en",
                "org/lumen=Lumen", "index/sp500=S&P 500");
        assertTrue(own.stream().anyMatch(m -> m.subjectId().equals("index/sp500")), "the index's own figure: " + own);
    }

    @Test
    void aDataSourceNamesNoMovingStock() {
        List<StockMove> m = moves("Lumen shares rose 1.9% on Monday, according to Polaris, before slipping 2.6% on Tuesday.", "en",
                "org/lumen=Lumen", "org/polaris=Polaris");
        assertTrue(m.stream().noneMatch(x -> x.subjectId().equals("org/polaris")), m.toString());
        assertTrue(m.stream().anyMatch(x -> x.subjectId().equals("org/lumen") && x.changePct() == -2.6), m.toString());
    }

    @Test
    void eachFigureTakesTheDayNearestIt() {
        // Published on Wednesday 2024-08-07.
        List<StockMove> de = moves("Die Aktie von Lumen sprang am 1. Juli um 34 Prozent und am folgenden Montag, dem 8. Juli, um weitere "
                + "12 Prozent nach oben.", "de", "org/lumen=Lumen");
        assertEquals(2, de.size(), de.toString());
        assertEquals(LocalDate.of(2024, 7, 1), de.get(0).date());
        assertEquals(LocalDate.of(2024, 7, 8), de.get(1).date(), "the weekday and its date are one day, the date says which");
        List<StockMove> en = moves("Lumen shares jumped 34% on July 1 and another 12% on Monday, July 8.", "en", "org/lumen=Lumen");
        assertEquals(2, en.size(), en.toString());
        assertEquals(LocalDate.of(2024, 7, 1), en.get(0).date());
        assertEquals(LocalDate.of(2024, 7, 8), en.get(1).date());
    }

    @Test
    void thePluralSharesOfTheCompanyNamedBefore() {
        List<StockMove> m = moves("Die Aktie von Lumen geriet nach dem Ausstieg eines Großaktionärs unter Druck. Am Dienstag schlossen "
                + "die Papiere 4,9 Prozent tiefer.", "de", "org/lumen=Lumen");
        assertEquals(1, m.size(), m.toString());
        assertEquals(-4.9, m.get(0).changePct(), 1e-9);
    }

    @Test
    void aGappedListItemMovesTheWayTheFigureBeforeIt() {
        // The verb stands more than a direction window before the last figure.
        List<StockMove> m = moves("Papiere von Lumen verloren am Dienstag 6,2 Prozent, Vela Automobile 3,5 Prozent und Orbis Holdings "
                + "5,1 Prozent.", "de", "org/lumen=Lumen", "org/vela=Vela Automobile", "org/orbis=Orbis Holdings");
        assertEquals(3, m.size(), m.toString());
        assertEquals(-5.1, m.get(2).changePct(), 1e-9);
    }

    @Test
    void aListingNamedInsteadOfTheCompany() {
        List<StockMove> en = moves("Lumen signed a deal with a ride-hailing group. The Nasdaq-listed stock closed 13.3% higher on Tuesday.",
                "en", "org/lumen=Lumen");
        assertEquals(1, en.size(), en.toString());
        List<StockMove> de = moves("Die in Hongkong notierte Lumen-Aktie legte am Dienstag um 4,1 Prozent zu. In Shenzhen stiegen die "
                + "A-Aktien am Dienstag um 3,2 Prozent.", "de", "org/lumen=Lumen");
        assertEquals(2, de.size(), de.toString());
    }

    @Test
    void aNewsOutletThatReportsTheMoveIsNotTheMover() {
        List<StockMove> m = moves("Nachdem das Lumen Journal am Montagabend über die Gespräche berichtet hatte, fiel die Aktie am Dienstag "
                + "um 8,3 Prozent, während Vela um 7,4 Prozent zulegte.", "de", "org/lumen-media=Lumen Journal", "org/vela=Vela");
        assertTrue(m.stream().noneMatch(x -> x.subjectId().equals("org/lumen-media")), m.toString());
    }

    @Test
    void anUnknownNameOpeningTheClauseKeepsItsFigureFromTheNameAfterIt() {
        List<StockMove> en = moves("Lumen rose 2.1% on the Toronto Stock Exchange on Tuesday. KVX gained 0.8% and Vantor added 0.4%.", "en",
                "org/lumen=Lumen", "org/vantor=Vantor");
        assertTrue(en.stream().anyMatch(m -> m.subjectId().equals("org/vantor") && m.changePct() == 0.4), en.toString());
        assertTrue(en.stream().noneMatch(m -> m.changePct() == 0.8), en.toString());
    }

    @Test
    void aNewsOutletAfterTheFigureReportsTheMoveAndMakesNone() {
        List<StockMove> en = moves("Lumen rose 2% on Monday. Kestrel's shares fell 4.7% on Tuesday, after sliding 3.9% on Monday when the "
                + "Harbour Journal first reported the talks.", "en", "org/lumen=Lumen", "org/harbour-media=Harbour Journal");
        assertTrue(en.stream().noneMatch(m -> m.subjectId().equals("org/harbour-media")), en.toString());
    }

    @Test
    void aStakeFigureInsideARelativeClauseAndAnIndexTheStockRanksIn() {
        List<StockMove> holder = moves("Die Lumen-Aktie fiel am Dienstag um 5 Prozent. Auch Großaktionär Vantor, der knapp 31 Prozent an Lumen "
                + "hält, verlor 1,8 Prozent.", "de", "org/lumen=Lumen", "org/vantor=Vantor");
        assertTrue(holder.stream().anyMatch(m -> m.subjectId().equals("org/vantor") && m.changePct() == -1.8), holder.toString());
        assertTrue(holder.stream().noneMatch(m -> m.subjectId().equals("org/lumen") && m.changePct() == -1.8), holder.toString());
        assertTrue(holder.stream().noneMatch(m -> Math.abs(m.changePct()) == 31), "a stake is no move: " + holder);
        List<StockMove> ranked = moves("Vantor hatte am Dienstag Halbjahreszahlen vorgelegt. Die Aktie des Konzerns gewann daraufhin 2,3 Prozent "
                + "und gehörte zu den besten Werten im Dax.", "de", "org/vantor=Vantor", "index/dax=Dax");
        assertTrue(ranked.stream().noneMatch(m -> m.subjectId().equals("index/dax")), ranked.toString());
        // A relative clause closed before the figure before keeps its own company: "Lumen, which …, rose 6.2%, and the Dax …".
        List<StockMove> closed = moves("Lumen, which supplies voice assistants to carmakers, rose 6.2% on Tuesday, and the Dax ended the day "
                + "little changed, up 0.4%.", "en", "org/lumen=Lumen", "index/dax=Dax");
        assertTrue(closed.stream().anyMatch(m -> m.subjectId().equals("index/dax") && m.changePct() == 0.4), closed.toString());
    }

    @Test
    void aPrepositionalRelativeClauseBeforeTheFigure() {
        List<StockMove> de = moves("Vantor, zu dem seit 2022 der Virenschutzanbieter Lumen gehört, verlor an der Börse am Donnerstag 1,9 Prozent.", "de",
                "org/lumen=Lumen", "org/vantor=Vantor");
        assertTrue(de.stream().anyMatch(m -> m.subjectId().equals("org/vantor") && m.changePct() == -1.9), de.toString());
        List<StockMove> en = moves("Vantor, for which Lumen builds the servers, fell 2.4% in New York trading on Thursday.", "en",
                "org/lumen=Lumen", "org/vantor=Vantor");
        assertTrue(en.stream().anyMatch(m -> m.subjectId().equals("org/vantor") && m.changePct() == -2.4), en.toString());
    }

    @Test
    void aDatedPlainVerbAfterAnAppositionAndAnExchangeAfterTheFigure() {
        List<StockMove> dated = moves("Vantor, the Eindhoven-based maker of lithography lenses and one of Europe's largest suppliers, fell 8.3% "
                + "on July 16 after its chief executive withdrew the outlook.", "en", "org/vantor=Vantor");
        assertTrue(dated.stream().anyMatch(m -> m.subjectId().equals("org/vantor") && m.changePct() == -8.3), dated.toString());
        List<StockMove> revenue = moves("Vantor's revenue fell 8.3% on Tuesday, its chief executive said.", "en",
                "org/vantor=Vantor");
        assertTrue(revenue.isEmpty(), revenue.toString());
        List<StockMove> venue = moves("Lumen, the insulation group based in Cavan, gained 1.9% on Euronext Dublin on Thursday.", "en",
                "org/unlisted-lumen=Lumen");
        assertTrue(venue.stream().anyMatch(m -> m.subjectId().equals("org/unlisted-lumen") && m.changePct() == 1.9), venue.toString());
        List<StockMove> growth = moves("Lumen, the insulation group based in Cavan, gained 19% in market share on Thursday.", "en",
                "org/unlisted-lumen=Lumen");
        assertTrue(growth.isEmpty(), growth.toString());
    }

    @Test
    void aboveOrBelowTheOfferPriceIsTheMovesDirection() {
        List<StockMove> en = moves("Shares of Lumen closed 693% above their offer price on Monday.", "en", "org/lumen=Lumen");
        assertEquals(1, en.size(), en.toString());
        assertEquals(693.0, en.get(0).changePct(), 0.001);
        List<StockMove> down = moves("Shares of Lumen closed 12% below the offer price on Monday.", "en", "org/lumen=Lumen");
        assertEquals(1, down.size(), down.toString());
        assertEquals(-12.0, down.get(0).changePct(), 0.001);
    }

    @Test
    void anUnlistedCompanyWithAPlainVerbAndTheDayOfTrading() {
        // "org/unlisted…" ids carry no ticker: a cue found the company.
        List<StockMove> de = moves("Der Baukonzern Sunvale Bau, der viele der Rechenzentren in Johor errichtet, verlor bereits am Montag "
                + "5,2 Prozent.", "de", "org/unlisted-sunvale=Sunvale Bau");
        assertEquals(1, de.size(), de.toString());
        assertEquals(-5.2, de.get(0).changePct(), 1e-9);
        List<StockMove> en = moves("Kestrel Games (STO: KEST), owner of several mobile studios, added 2.2 percent on Tuesday.", "en",
                "org/unlisted-kestrel=Kestrel Games");
        assertEquals(1, en.size(), en.toString());
        // Without the day of trading a plain verb may be a business figure's.
        assertEquals(List.of(), moves("Kestrel Games added 2.2 percent to its user base.", "en", "org/unlisted-kestrel=Kestrel Games"));
    }

    @Test
    void theSharesNamedWithAnUnlistedCompanyAndAVerbOfExtracting() {
        List<StockMove> de = moves("Die Aktien von Vulkan Lithium, das im Oberrheingraben Lithium gewinnen will, gaben am Donnerstag um "
                + "3,1 Prozent nach.", "de", "org/unlisted-vulkan=Vulkan Lithium");
        assertEquals(1, de.size(), de.toString());
        assertEquals(-3.1, de.get(0).changePct(), 1e-9);
        List<StockMove> idx = moves("Der Nasdaq 100 schloss am Freitag 1,0 Prozent fester.", "de", "index/ndx=Nasdaq 100");
        assertEquals(1, idx.size(), idx.toString());
        assertEquals(1.0, idx.get(0).changePct(), 1e-9);
    }

    @Test
    void aCompanyInAPossessiveAppositionOnlyDescribesTheOneThatMoved() {
        List<StockMove> en = moves("Lumen (NYSE: LMN) rose 13.1 percent on Wednesday. Vantor (NYSE: VNT), Lumen's most direct listed rival, "
                + "added 9.8 percent the same day.", "en", "org/lumen=Lumen", "org/vantor=Vantor");
        assertTrue(en.stream().anyMatch(m -> m.subjectId().equals("org/vantor") && m.changePct() == 9.8), en.toString());
        assertFalse(en.stream().anyMatch(m -> m.subjectId().equals("org/lumen") && m.changePct() == 9.8), en.toString());
    }

    @Test
    void aParticipleOfOwnershipInTheAppositionNamesTheOwnerNotTheMover() {
        List<StockMove> en = moves("Among auto-chip stocks, Vantor, the driver-assistance unit controlled by Lumen, gained 1.9 percent.", "en",
                "org/lumen=Lumen", "org/vantor=Vantor");
        assertEquals(List.of("org/vantor"), en.stream().map(StockMove::subjectId).toList(), en.toString());
    }

    @Test
    void aRelativeClauseAfterTheTickerOrALongAppositionDescribesTheMover() {
        String[] specs = {"org/lumen=Lumen", "org/vantor=Vantor", "org/kestrel=Kestrel", "person/ada-lind=Ada Lind"};
        List<StockMove> stake = moves("Lumen (NASDAQ: LMN), which owns a stake in Vantor, gained 3.8 percent on Wednesday.", "en", specs);
        assertEquals(List.of("org/lumen"), stake.stream().map(StockMove::subjectId).toList(), stake.toString());
        List<StockMove> place = moves("Vantor (NASDAQ: VNT), the Livingston, New Jersey-based provider that counts Lumen as a customer, rose 17 "
                + "percent on Wednesday.", "en", specs);
        assertEquals(List.of("org/vantor"), place.stream().map(StockMove::subjectId).toList(), place.toString());
        List<StockMove> nested = moves("Vantor (NASDAQ: VNT), the Amsterdam-based company led by its founder Ada Lind, who previously "
                + "co-founded Kestrel, jumped 49 percent on Tuesday.", "en", specs);
        assertEquals(List.of("org/vantor"), nested.stream().map(StockMove::subjectId).toList(), nested.toString());
    }

    @Test
    void aWhoseClauseOrAnOwnersAppositionDescribesTheMover() {
        String[] specs = {"org/lumen=Lumen", "org/vantor=Vantor", "org/kestrel=Kestrel"};
        List<StockMove> whose = moves("Vantor (NASDAQ: VNT), whose service desk competes head-on with Lumen in large firms, fell 2.1 percent "
                + "on Thursday.", "en", specs);
        assertEquals(List.of("org/vantor"), whose.stream().map(StockMove::subjectId).toList(), whose.toString());
        List<StockMove> owner = moves("In Frankfurt shares in Vantor, the owner of Germany's Kestrel, dropped 2.4 percent on Friday.", "en", specs);
        assertEquals(List.of("org/vantor"), owner.stream().map(StockMove::subjectId).toList(), owner.toString());
        List<StockMove> dessen = moves("Die Aktie von Vantor, dessen Plattform mit Lumen konkurriert, verlor am Montag 3,1 Prozent.", "de", specs);
        assertEquals(List.of("org/vantor"), dessen.stream().map(StockMove::subjectId).toList(), dessen.toString());
    }

    @Test
    void aShareOfTheEconomyIsNoMoveAndAPerfectParticipleIsOne() {
        String[] specs = {"org/lumen=Lumen"};
        List<StockMove> gdp = moves("Strategists at Lumen (NYSE: LMN) wrote on Monday that spending of 3 percent of GDP would lift earnings.",
                "en", specs);
        assertTrue(gdp.isEmpty(), gdp.toString());
        List<StockMove> bip = moves("Die Aktie von Lumen stieg, Analysten erwarten Ausgaben von 3 Prozent des BIP.", "de", specs);
        assertFalse(bip.stream().anyMatch(m -> m.changePct() == 3.0), bip.toString());
        List<StockMove> perfect = moves("Der Server-Fertiger Lumen (TSX: LMN) hatte bereits am Freitag 3,4 Prozent gewonnen.", "de", specs);
        assertEquals(1, perfect.size(), perfect.toString());
        assertEquals(3.4, perfect.get(0).changePct(), 1e-9);
    }

    @Test
    void aCueAfterTheNextClauseBelongsToTheNextFigure() {
        String[] specs = {"org/lumen=Lumen"};
        List<StockMove> both = moves("Die Lumen-Aktie legte am Montag um 3,5 Prozent zu, gab am Dienstag aber 1,3 Prozent wieder ab.", "de", specs);
        assertEquals(List.of(3.5, -1.3), both.stream().map(StockMove::changePct).toList(), both.toString());
        // Without a cue of its own before the comma, the figure still takes the sentence's verb.
        List<StockMove> list = moves("Die Aktie von Lumen verlor 2,1 Prozent, im Wochenverlauf 4,0 Prozent.", "de", specs);
        assertEquals(-2.1, list.get(0).changePct(), 1e-9, list.toString());
    }

    @Test
    void aNameBeforeTheNextFigureIsNotTheAnaphorsMover() {
        String[] specs = {"org/lumen=Lumen", "org/vantor=Vantor"};
        List<StockMove> m = moves("Lumen said it would cut 300 jobs. Its shares dropped 2.3 percent on Monday, while Vantor (NASDAQ: VNT) "
                + "rose 0.8 percent on Thursday.", "en", specs);
        assertTrue(m.stream().anyMatch(x -> x.subjectId().equals("org/lumen") && x.changePct() == -2.3), m.toString());
        assertTrue(m.stream().anyMatch(x -> x.subjectId().equals("org/vantor") && x.changePct() == 0.8), m.toString());
        assertFalse(m.stream().anyMatch(x -> x.subjectId().equals("org/vantor") && x.changePct() == -2.3), m.toString());
    }

    @Test
    void anIndexHasNoBusinessFigures() {
        String[] specs = {"org/lumen=Lumen", "index/cac=CAC 40"};
        List<StockMove> m = moves("Lumen shares rose 2.7 percent on Monday after the company reaffirmed its margin targets, outpacing the "
                + "CAC 40, which gained 0.3 percent.", "en", specs);
        assertTrue(m.stream().anyMatch(x -> x.subjectId().equals("index/cac") && x.changePct() == 0.3), m.toString());
        // A company's figure beside such words stays a business figure.
        List<StockMove> margin = moves("Lumen reaffirmed its margin target of 12 percent on Monday.", "en", specs);
        assertTrue(margin.isEmpty(), margin.toString());
    }

    @Test
    void anIndexTheMoverIsListedInIsNoMover() {
        String[] specs = {"org/lumen=Lumen", "index/sp500=S&P 500", "index/dax=DAX"};
        List<StockMove> im = moves("Lumen meldete Zahlen. Die Aktie des im S&P 500 gelisteten Unternehmens legte am Mittwoch um 2,7 Prozent zu.",
                "de", specs);
        assertEquals(List.of("org/lumen"), im.stream().map(StockMove::subjectId).toList(), im.toString());
        List<StockMove> en = moves("Lumen reported results. Shares of the S&P 500-listed company rose 2.7 percent on Wednesday.", "en", specs);
        assertEquals(List.of("org/lumen"), en.stream().map(StockMove::subjectId).toList(), en.toString());
        // The index's own verb is no attribute.
        List<StockMove> own = moves("Der DAX notierte am Mittwoch 0,5 Prozent höher.", "de", specs);
        assertEquals(List.of("index/dax"), own.stream().map(StockMove::subjectId).toList(), own.toString());
    }

    @Test
    void aWordThatStressesTheSubjectBeforeTheVerb() {
        List<StockMove> m = moves("Lumen itself slipped 1.8 percent on Monday.", "en", "org/lumen=Lumen");
        assertEquals(List.of(-1.8), m.stream().map(StockMove::changePct).toList(), m.toString());
    }

    @Test
    void aClosedRelativeWithAPrepositionSaysNothingOfTheFigure() {
        List<StockMove> m = moves("Vela Design, in which Lumen holds a stake of about 35 percent, rose 5.2 percent on Monday.", "en",
                "org/vela=Vela Design", "org/lumen=Lumen");
        assertTrue(m.stream().anyMatch(x -> x.subjectId().equals("org/vela") && x.changePct() == 5.2), m.toString());
    }

    @Test
    void aPlainVerbRightAfterASentenceWithAMoveContinuesTheReport() {
        String[] specs = {"org/lumen=Lumen", "org/vantor=Vantor", "org/kestrel=Kestrel"};
        List<StockMove> m = moves("Lumen rose 3.1% on Thursday. In Copenhagen, Vantor, which is still digesting its takeover of Kestrel, "
                + "slipped 0.8%.", "en", specs);
        assertTrue(m.stream().anyMatch(x -> x.subjectId().equals("org/vantor") && x.changePct() == -0.8), m.toString());
        // With no move in the sentence before, the same words are no market report.
        List<StockMove> alone = moves("In Copenhagen, Vantor, which is still digesting its takeover of Kestrel, slipped 0.8%.", "en", specs);
        assertTrue(alone.isEmpty(), alone.toString());
    }

    @Test
    void anAppositionMayHoldTheDotsOfInitials() {
        List<StockMove> m = moves("Lumen, a direct competitor of C.H. Vantor in air freight, rose 3.1% on Thursday.", "en",
                "org/lumen-unlisted=Lumen", "org/vantor=C.H. Vantor");
        assertEquals(List.of("org/lumen-unlisted"), m.stream().map(StockMove::subjectId).toList(), m.toString());
    }

    @Test
    void gainsGivenBackAreAFall() {
        List<StockMove> en = moves("Lumen shares jumped 5.3% on Thursday. On Friday morning Lumen gave back 2.1% in early trading.", "en",
                "org/lumen=Lumen");
        assertTrue(en.stream().anyMatch(x -> x.changePct() == -2.1), en.toString());
        // "Gewinne" are the share's gains here, and "das Papier" is the share.
        List<StockMove> de = moves("Die Lumen-Aktie stieg am Dienstag um 2,3 Prozent. Am Mittwoch bröckelten die Gewinne leicht ab, das Papier "
                + "gab bis zum Mittag um 0,4 Prozent nach.", "de", "org/lumen=Lumen");
        assertTrue(de.stream().anyMatch(x -> x.changePct() == -0.4), de.toString());
    }

    @Test
    void aShareHeldIsNoMove() {
        List<StockMove> m = moves("Lumen entwickelte das Modell mit dem Start-up Vela, an dem der SDAX-Konzern seit vergangenem Jahr 24,9 "
                + "Prozent hält. Die Lumen-Aktie fiel am Freitag um 0,5 Prozent.", "de", "org/lumen=Lumen", "org/vela=Vela", "index/sdax=SDAX");
        assertEquals(List.of(-0.5), m.stream().map(StockMove::changePct).toList(), m.toString());
    }

    @Test
    void aCompanyDescribingAPersonByAnAcronymTitleIsNoMover() {
        // Round 87: "Oklo (NYSE: OKLO), the start-up … chaired by OpenAI CEO Sam Altman, soared 14.6 percent".
        List<StockMove> en = moves("Lumen (NYSE: LMN), the start-up chaired by Vantor CEO Mira Patel, soared 14.6 percent on Wednesday.",
                "en", "org/lumen=Lumen", "org/vantor=Vantor", "person/mira-patel=Mira Patel");
        assertEquals(List.of("org/lumen"), en.stream().map(StockMove::subjectId).toList());
    }

    @Test
    void aGermanSeparableVerbWhoseStemOpensTheClauseFarBack() {
        // Round 87: "legte die Aktie von iHeartMedia, dem größten Radiokonzern der USA, am Dienstag um 5,6 Prozent zu".
        List<StockMove> up = moves("In New York legte die Aktie von Lumen, dem größten Radiokonzern des Landes, am Dienstag dagegen um "
                + "5,6 Prozent zu.", "de", "org/lumen=Lumen");
        assertEquals(1, up.size(), up.toString());
        assertEquals(5.6, up.get(0).changePct(), 1e-9);
        List<StockMove> down = moves("In Frankfurt gab die Aktie von Lumen, dem größten Radiokonzern des Landes, am Dienstag dagegen um "
                + "5,6 Prozent nach.", "de", "org/lumen=Lumen");
        assertEquals(1, down.size(), down.toString());
        assertEquals(-5.6, down.get(0).changePct(), 1e-9);
    }

    @Test
    void aGermanRelativeClauseOpenedByAPrepositionSaysNothingOfTheFigure() {
        // Round 87: "Die Aktie der RTL Group, zu der … mehrere Radiobeteiligungen gehören, verlor am Mittwoch 2,1 Prozent."
        List<StockMove> de = moves("Die Aktie der Lumen Group, zu der in Deutschland mehrere Radiobeteiligungen gehören, verlor am Mittwoch "
                + "2,1 Prozent.", "de", "org/lumen-group=Lumen Group");
        assertEquals(1, de.size(), de.toString());
        assertEquals(-2.1, de.get(0).changePct(), 1e-9);
        // An index "adding" a figure rose.
        List<StockMove> en = moves("The market was firm, with the S&P 500 adding 0.9 percent on Tuesday.", "en", "index/sp500=S&P 500");
        assertEquals(1, en.size(), en.toString());
        assertEquals(0.9, en.get(0).changePct(), 1e-9);
    }
}
