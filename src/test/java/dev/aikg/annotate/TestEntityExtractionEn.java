package dev.aikg.annotate;

import dev.aikg.model.Entity;
import dev.aikg.model.Extraction;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** English phenomena of entity extraction, one test per rule or fixed error. Sentences are our own. */
class TestEntityExtractionEn {

    private static boolean has(String text, String entity) {
        return Extract.entities(text, "en").contains(entity);
    }

    @Test
    void twoContextOnlyNamesThatTheLexiconRelatesVouchForEachOther() {
        List<String> found = Extract.entities("Its speakers work with Amazon's Alexa and with Google's assistant.", "en");
        assertTrue(found.contains("Organization:Amazon") && found.contains("AIModel:Alexa"), found.toString());
        List<String> de = Extract.entities("Amazons Alexa soll klüger werden.", "de");
        assertTrue(de.contains("Organization:Amazon") && de.contains("AIModel:Alexa"), de.toString());
        List<String> river = Extract.entities("Alexa swam in the Amazon's brown water.", "en");
        assertFalse(river.contains("Organization:Amazon") || river.contains("AIModel:Alexa"), river.toString());
    }

    @Test
    void anAdjectiveOfOriginBeforeAiAndAShoutedHeadlineNameNoCompany() {
        // Round 38: "Greek AI team" and "A HEDGE AGAINST THE COURTROOM" had made organisations.
        List<String> found = Extract.entities("A HEDGE AGAINST THE COURTROOM\nGlossa beats every other Greek AI team, said the "
                + "hedge fund Orbis Capital.", "en");
        assertFalse(found.contains("Organization:Greek AI"), found.toString());
        assertFalse(found.contains("Organization:AGAINST"), found.toString());
        assertTrue(found.contains("Organization:Orbis Capital"), found.toString());
    }

    @Test
    void anAppositionWhoseNounHasANounBeforeIt() {
        // Round 40: "Synlab, the Munich-based laboratory chain" had been no company ("laboratory" was taken for the noun).
        List<String> found = Extract.entities("Prices rose. Vexolab, the Munich-based laboratory chain, cut jobs.", "en");
        assertTrue(found.contains("Organization:Vexolab"), found.toString());
    }

    @Test
    void anAdjectiveOfOriginOutsideTheListBeforeAi() {
        // Round 40: "Bulgarian AI" had become a company; an adjective of origin that opens a name stays in it.
        List<String> found = Extract.entities("Bulgarian AI start-ups and Turkish AI teams met researchers of the Ukrainian "
                + "Catholic University in Lviv.", "en");
        assertFalse(found.contains("Organization:Bulgarian AI"), found.toString());
        assertFalse(found.contains("Organization:Turkish AI"), found.toString());
        assertTrue(found.contains("Organization:Ukrainian Catholic University"), found.toString());
    }

    @Test
    void aGroupsNameInTheOtherLanguage() {
        // Round 38: "der London Stock Exchange Gruppe" had become "Stock Exchange Gruppe" (a cue name without its city).
        List<String> de = Extract.entities("Das Start-up nutzt Daten der London Stock Exchange Gruppe und von Moody's.", "de");
        assertTrue(de.contains("Organization:London Stock Exchange Group"), de.toString());
        assertFalse(de.contains("Organization:Stock Exchange Gruppe"), de.toString());
    }

    @Test
    void anAbbreviationDefinedAfterANameStandsForIt() {
        String text = "Brightwater Semiconductor Corp. (BSC) said on Tuesday that demand for its accelerators had doubled. "
                + "BSC expects revenue to rise again next year, its chief executive said.";
        assertEquals(List.of("Brightwater Semiconductor Corp", "BSC", "BSC"),
                Extract.surfaces(text, "en", "Brightwater Semiconductor Corp"));
        assertTrue(Extract.surfaces("Brightwater Semiconductor Corp. (NASDAQ) said on Tuesday that BSC had grown.", "en",
                "Brightwater Semiconductor Corp").size() == 1, "letters that are not the name's initials");
    }

    @Test
    void aLowerCaseLabelMatchesInLowerCaseAndInThePlural() {
        assertEquals(List.of("tensor processing units", "tensor processing unit"),
                Extract.surfaces("Google trains Gemini on tensor processing units. Each tensor processing unit is its own design.",
                        "en", "TPU"));
    }

    @Test
    void aVersionAfterAKnownFamilyIsAModelOfItsOwn() {
        List<String> found = Extract.entities("The Technology Innovation Institute released Falcon 3 in December, "
                + "a year after AlphaFold 3 had been presented.", "en");
        assertTrue(found.contains("AIModel:Falcon 3"), found.toString());
        assertTrue(found.contains("AIModel:AlphaFold 3"), found.toString());
        assertTrue(Extract.entities("AlphaFold 2 won the prize.", "en").contains("AIModel:AlphaFold"),
                "a version the lexicon knows stays linked");
        assertFalse(Extract.entities("SpaceX launched Falcon 9 on Tuesday.", "en").contains("AIModel:Falcon 9"),
                "a context label without its context is no family");
        assertFalse(Extract.entities("The Technology Innovation Institute said Falcon 3 million users had tried it.", "en")
                .contains("AIModel:Falcon 3"), "a quantity after the name");
        List<String> more = Extract.entities("Google DeepMind showed AlphaFold V4 Turbo, and Nvidia sold Blackwell 2025 units and "
                + "Blackwell 9400 boards.", "en");
        assertTrue(more.contains("AIModel:AlphaFold V4 Turbo"), "a capital V and a tier word: " + more);
        assertTrue(more.contains("Chip:Blackwell 9400"), "a chip generation in thousands: " + more);
        assertFalse(more.contains("Chip:Blackwell 2025"), "a year: " + more);
        assertTrue(Extract.entities("The court heard that Stable Diffusion 3.5 was trained on scraped photos.", "en")
                .contains("AIModel:Stable Diffusion 3.5"), "a family of two words");
    }

    @Test
    void twoNameWordsInAListOfPeopleAreAPerson() {
        List<String> found = Extract.entities("The company was founded by Michael Brandt, Sualeh Qoreshi and Tomasz Wierzbicki in 2022.", "en");
        assertTrue(found.contains("Person:Sualeh Qoreshi"), found.toString());
        assertTrue(found.contains("Person:Tomasz Wierzbicki"), found.toString());
        List<String> apposition = Extract.entities("Growth will slow, said Jane Roe, Kestrel Harbor analyst.", "en");
        assertFalse(apposition.contains("Person:Kestrel Harbor"), "an apposition after a comma is no list: " + apposition);
        List<String> companies = Extract.entities("Michael Brandt met Nvidia, Alphabet and Tessaly Bank Holdings.", "en");
        assertFalse(companies.stream().anyMatch(e -> e.startsWith("Person:Tessaly")), companies.toString());
    }

    @Test
    void fundHousesDrugMakersAndCapitalMarketsNames() {
        List<String> found = Extract.entities("Priya Raman, an analyst at Northgate Capital Markets, called the deal expensive. "
                + "Investors included Larchwood Capital Management, Kranwerk Asset Management and Quorra Pharmaceuticals.", "en");
        for (String org : List.of("Northgate Capital Markets", "Larchwood Capital Management", "Kranwerk Asset Management",
                "Quorra Pharmaceuticals")) {
            assertTrue(found.contains("Organization:" + org), org + " in " + found);
        }
        List<String> common = Extract.entities("Risk Management is a department, and Senior Management agreed.", "en");
        assertTrue(common.stream().noneMatch(e -> e.contains("Management")), common.toString());
    }

    @Test
    void aModelNamedAfterItsOwnersModelNoun() {
        List<String> found = Extract.entities("The start-up raised $28 million. Its model Lyra runs on rented chips.", "en");
        assertTrue(found.contains("AIModel:Lyra"), found.toString());
    }

    @Test
    void aCountryAdjectiveBeforeARoundLeadIsNoCompany() {
        List<String> found = Extract.entities("Lumora raised €1.7 billion in a Series C round led by Dutch chip-equipment maker "
                + "Veldhoven Systems.", "en");
        assertFalse(found.contains("Organization:Dutch"), found.toString());
    }

    @Test
    void aGenerationAfterTheSurnameBelongsToTheName() {
        List<String> found = Extract.entities("Qualcomm's chip chief Gerard Williams III designed the cores, said analyst John Doe Jr. on Monday.", "en");
        assertTrue(found.contains("Person:Gerard Williams III"), found.toString());
        assertTrue(found.contains("Person:John Doe Jr"), found.toString());
    }

    @Test
    void aHebrewFamilyNameOpenedByBen() {
        List<String> found = Extract.entities("Co-founder Yaron Ben Ezra showed the tool, and Ben Carter said little.", "en");
        assertTrue(found.contains("Person:Yaron Ben Ezra"), found.toString());
        assertTrue(found.contains("Person:Ben Carter"), found.toString());
    }

    @Test
    void possessives() {
        assertEquals(List.of("Nvidia"), Extract.surfaces("Nvidia’s margins widened again.", "en", "Nvidia"));
        assertTrue(has("DeepSeek's app topped the charts.", "Organization:DeepSeek"));
    }

    @Test
    void splitAndJoinedSpellingsMatchOneLabel() {
        assertTrue(has("Many users tried Chat-GPT first.", "AIModel:ChatGPT"));
        assertTrue(has("Investors backed Open AI early on.", "Organization:OpenAI"));
        assertTrue(has("The DeepSeek-R1 weights are public.", "AIModel:DeepSeek-R1"));
    }

    @Test
    void aKindOfAiIsNoCompany() {
        List<String> found = Extract.entities("Shares of Alibaba climbed as investors bet on Chinese AI and on Industrial AI projects.", "en");
        assertFalse(found.contains("Organization:Chinese AI"), found.toString());
        assertFalse(found.contains("Organization:Industrial AI"), found.toString());
        List<String> headline = Extract.entities("Voice AI's money moment: Consumer AI Brief for Tuesday, and Legal AI grows.", "en");
        assertTrue(headline.stream().noneMatch(e -> e.startsWith("Organization:")), "kinds of AI in a headline: " + headline);
        assertTrue(Extract.entities("Investors poured money into Quillon AI last year.", "en").contains("Organization:Quillon AI"),
                "a name before AI still makes a company");
    }

    @Test
    void anInvestmentArmIsItsOwnInvestorNotItsParent() {
        List<String> found = Extract.entities("The round was led by Microsoft Ventures, with Nvidia Investments and OpenAI also taking part.", "en");
        assertTrue(found.contains("Organization:Microsoft Ventures"), found.toString());
        assertTrue(found.contains("Organization:Nvidia Investments"), found.toString());
        assertFalse(found.contains("Organization:Microsoft") || found.contains("Organization:Nvidia"), found.toString());
        List<String> brokers = Extract.entities("It raised $90 million in a round led by Nvidia Securities and Tessaly Partners.", "en");
        assertTrue(brokers.contains("Organization:Nvidia Securities"), brokers.toString());
        assertFalse(brokers.contains("Organization:Nvidia"), brokers.toString());
        assertTrue(has("Microsoft Research published the paper, and Microsoft shares rose.", "Organization:Microsoft"),
                "a research unit is no investment arm");
        List<String> whole = Extract.entities("BlackRock, Deutsche Bank Capital Partners and Nvidia Ventures Fund took part.", "en");
        assertTrue(whole.contains("Organization:Deutsche Bank Capital Partners"), "the arm read from the parent's first word: " + whole);
        assertTrue(whole.contains("Organization:Nvidia Ventures Fund"), whole.toString());
        assertFalse(whole.contains("Organization:Bank Capital Partners"), whole.toString());
    }

    @Test
    void aPluralAtTheStartOfASentenceIsNoGenitiveOfAContextLabel() {
        assertFalse(has("Nvidia and Microsoft reported strong results on Tuesday.\nApples and pears were cheap at the market that week.",
                "Organization:Apple"), "a plural, capitalised only because it starts the sentence");
        assertTrue(has("Nvidia and Microsoft reported strong results on Tuesday, and even Apples sales grew.",
                "Organization:Apple"), "inside the sentence the folded form still counts in an article about companies");
    }

    @Test
    void contextLabelsWithDeveloperOrCue() {
        assertTrue(has("OpenAI said o1 reasons step by step.", "AIModel:OpenAI o1"));
        assertFalse(has("The form o1 must be filed by March.", "AIModel:OpenAI o1"));
        assertTrue(has("Anthropic released Claude to more users.", "AIModel:Claude"));
        assertFalse(has("Claude Shannon founded information theory.", "AIModel:Claude"));
    }

    @Test
    void aCommonWordCompanyDoingBusiness() {
        assertTrue(has("Apple invested another $4 billion in the start-up last year.", "Organization:Apple"));
        assertTrue(has("Oracle has announced a new cloud region in Frankfurt.", "Organization:Oracle"));
        assertFalse(has("Meta analyses reported mixed effects of the drug.", "Organization:Meta Platforms"), "no business verb after it");
        assertFalse(has("Apple pie invested the kitchen with its smell.", "Organization:Apple"), "the verb must follow the name");
    }

    @Test
    void anInvestorNounBeforeAnInvestmentFirm() {
        assertTrue(has("The investor Sequoia declined to comment on the valuation.", "Organization:Sequoia Capital"));
        assertFalse(has("The giant Sequoia trees grow slowly.", "Organization:Sequoia Capital"));
    }

    @Test
    void aCompanyDescribedAfterItsName() {
        assertTrue(has("Quellmark, a London-based startup that builds testing tools, raised $20 million.", "Organization:Quellmark"));
        assertTrue(has("Then there is Veloran Silicon, a 25-person company in Austin.", "Organization:Veloran Silicon"));
        assertFalse(has("Priya Ramaswamy, a former chip engineer, founded it.", "Organization:Priya Ramaswamy"));
        assertFalse(has("Tom Brandt, a company founder from Ohio, spoke first.", "Organization:Tom Brandt"), "a given name makes a person");
        assertFalse(has("Revenue, a figure the firm watches closely, rose.", "Organization:Revenue"), "no indefinite article after the comma");
    }

    @Test
    void sharesOfAnUnknownCompany() {
        assertTrue(has("Shares of Quellwerk rose 3% on Monday.", "Organization:Quellwerk"));
        assertFalse(has("Shares of Apple pie makers rose.", "Organization:Apple pie"));
    }

    @Test
    void unknownNamesAmongInvestorsAndRoundLeads() {
        List<String> list = Extract.entities("Other backers included Microsoft, Quorvane, Anthropic and Tessaly Partners.", "en");
        assertTrue(list.contains("Organization:Quorvane"), list.toString());
        assertTrue(has("The company raised $2 billion in a round led by Greenmarsh.", "Organization:Greenmarsh"));
        assertFalse(has("The team was led by Greenmarsh for years.", "Organization:Greenmarsh"), "no money, no round");
        List<String> people = Extract.entities("Speakers included Sam Altman, Tom Brandt and Microsoft.", "en");
        assertFalse(people.contains("Organization:Tom Brandt"), people.toString());
        List<String> places = Extract.entities("Microsoft opened offices in Paris, Berlin and Tokyo, and Nvidia too.", "en");
        assertFalse(places.stream().anyMatch(e -> e.contains("Paris") || e.contains("Berlin")), places.toString());
    }

    @Test
    void foundersNamedAfterFoundedBy() {
        List<String> found = Extract.entities("Quellmark was co-founded by Tarvo Lindqvist and Yrsa Mørkvall in 2023.", "en");
        assertTrue(found.contains("Person:Tarvo Lindqvist"), found.toString());
        assertTrue(found.contains("Person:Yrsa Mørkvall"), found.toString());
        assertTrue(has("The platform was founded by Jan Oberwald in 2019.", "Person:Jan Oberwald"), "a given name that is a month too");
        assertFalse(Extract.entities("The venture was founded by Quellwerk in 2019.", "en").stream().anyMatch(e -> e.startsWith("Person:")));
    }

    @Test
    void namesWithAnAmpersandAFoundingOrAParticipationList() {
        assertFalse(has("Other AI developers have plenty of cases of their own.", "Organization:Other AI"));
        assertTrue(has("Jana Brock, an analyst at Pellham & Roth Research, said so.", "Organization:Pellham & Roth Research"));
        assertTrue(has("Quellbase was founded last year by two engineers.", "Organization:Quellbase"));
        List<String> fidelity = Extract.entities("The round was co-led by Fidelity Management & Research Company.", "en");
        assertTrue(fidelity.contains("Organization:Fidelity Investments"), fidelity.toString());
        assertFalse(fidelity.contains("Organization:Management & Research"), fidelity.toString());
        assertTrue(has("Quellbase, founded in 2024, sells testing tools.", "Organization:Quellbase"));
        List<String> list = Extract.entities("The company raised $200m in a round led by Microsoft, with participation from 20VC, "
                + "Brenford, Creanlo, Tessaly Partners and Vistara Club.", "en");
        assertTrue(list.contains("Organization:Brenford") && list.contains("Organization:Creanlo") && list.contains("Organization:20VC"),
                list.toString());
        assertFalse(has("The project was led by Brenford Hall in the city.", "Organization:Brenford"), "no money, no round");
    }

    @Test
    void appleInATechArticleButNotAsFruit() {
        assertTrue(has("Microsoft, Nvidia and Apple lead the index.", "Organization:Apple"));
        assertTrue(has("Nvidia and Microsoft rallied while Apple lagged behind.", "Organization:Apple"));
        assertFalse(has("She ate an apple and left.", "Organization:Apple"));
    }

    @Test
    void sharesOfAContextCompany() {
        assertTrue(has("Shares of Oracle slipped in late trading.", "Organization:Oracle"));
        assertTrue(has("The stock of Oracle slipped in late trading.", "Organization:Oracle"));
        assertFalse(has("He spoke of Oracle bones and old scripts.", "Organization:Oracle"), "of alone is no cue");
    }

    @Test
    void aGivenNameBeforeAFullNameSharesItsSurname() {
        Entity dario = Extract.run("The lab was started by Dario and Daniela Okafor in 2021.", "en").entities().stream()
                .filter(e -> e.name().equals("Dario Okafor")).findFirst().orElse(null);
        assertNotNull(dario, "the given name stands for Dario Okafor");
        assertEquals("Dario", dario.mentions().get(0).surface());
        assertFalse(has("Sam Altman and Daniela Okafor spoke.", "Person:Altman Okafor"), "a surname is no lone given name");
        assertFalse(has("Revenue rose in Paris and Daniela Okafor said so.", "Person:Paris Okafor"), "a place is no given name");
    }

    @Test
    void aCompanyBoughtForAPrice() {
        assertTrue(has("The software maker agreed to buy Moveworks for $2.85 billion in cash.", "Organization:Moveworks"));
        assertTrue(has("Its acquisition of Tessaly Labs for about $400 million closed.", "Organization:Tessaly Labs"));
        assertFalse(has("Analysts said to buy Nvidia for the long run.", "Organization:Nvidia for"));
        assertFalse(has("He wanted to buy Time for 5 dollars.", "Organization:Time"), "a common word is no company");
    }

    @Test
    void anInvestorNamedAsTheSourceOfFunding() {
        assertTrue(has("Lumen Labs raised $60 million from Sequoia last week.", "Organization:Sequoia Capital"));
        assertFalse(has("The trail was lined by Sequoia trees.", "Organization:Sequoia Capital"));
        assertFalse(has("Lumen Labs planted a grove of Sequoia trees.", "Organization:Sequoia Capital"), "no money, no investor");
    }

    @Test
    void universitiesNamedByTheirPlace() {
        assertTrue(has("Researchers at the University of Edinburgh found it.", "Organization:University of Edinburgh"));
        assertFalse(Extract.entities("The university of the future is online.", "en").stream().anyMatch(f -> f.startsWith("Organization:")));
    }

    @Test
    void theOwnerOfATitleIsACompany() {
        assertTrue(has("Toshiro's chief executive Taro Shimada said the plan works.", "Organization:Toshiro"));
        assertTrue(has("Quillon founder Hiroshi Mikitani praised the model.", "Organization:Quillon"));
        assertTrue(has("Preferred Networks president Toru Nishikawa spoke.", "Organization:Preferred Networks"));
        assertFalse(Extract.entities("US President Jane Doe spoke.", "en").stream().anyMatch(f -> f.startsWith("Organization:")));
        assertFalse(Extract.entities("Former CEO Jane Doe left.", "en").stream().anyMatch(f -> f.startsWith("Organization:")));
    }

    @Test
    void romanisedKoreanGivenNamesKeepTheirSecondSyllable() {
        assertTrue(has("Naver CEO Choi Soo-yeon said it.", "Person:Choi Soo-yeon"));
        assertTrue(has("Altman met President Lee Jae-myung in Seoul.", "Person:Lee Jae-myung"), "a five-letter syllable");
        assertTrue(has("Chairman Chung Eui-sun met Kim Dong-kwan on Friday.", "Person:Kim Dong-kwan"));
        assertFalse(has("Altman met Lee Jae-start in Seoul.", "Person:Lee Jae-start"), "no Korean syllable");
    }

    @Test
    void bylinesNameNoEntity() {
        // Fifteen blind rounds' gold leaves authors out; the seeds have none.
        assertFalse(has("Shares fell.\n(Reporting by Krystal Hu in San Francisco; Editing by Jamie Freed)", "Person:Krystal Hu"));
        assertFalse(has("By Priyanka Ramadurai and Tjasa Novak\nShares fell on Monday.", "Person:Tjasa Novak"));
        assertFalse(has("By Daniel Okafor · September 10, 2025\nNvidia shares fell on Monday.", "Person:Daniel Okafor"));
        assertTrue(has("By Daniel Okafor · September 10, 2025\nNvidia shares fell on Monday.", "Organization:Nvidia"));
        assertFalse(Extract.entities("By Monday, shares had fallen.", "en").stream().anyMatch(f -> f.startsWith("Person:")));
        assertFalse(Extract.entities("By Markets Staff\nShares fell.", "en").stream().anyMatch(f -> f.startsWith("Person:")), "a desk");
    }

    @Test
    void aChipGenerationGluedToGeneration() {
        assertTrue(Extract.entities("The H800 is a Velora-generation part with less computing power.", "en").contains("Chip:Velora"));
    }

    @Test
    void analystAtContextCompany() {
        assertTrue(has("A senior analyst at Oracle disagreed.", "Organization:Oracle"));
    }

    @Test
    void cuePeopleInEnglish() {
        assertTrue(has("Venture capitalist Priya Raman praised the release.", "Person:Priya Raman"));
        assertTrue(has("\"It is cheap,\" said Tomasz Wierzbicki in an interview.", "Person:Tomasz Wierzbicki"));
        assertTrue(has("Okonkwo Adeyemi, chief scientist at the lab, was cautious.", "Person:Okonkwo Adeyemi"));
    }

    @Test
    void cueOrganisationsInEnglish() {
        assertTrue(has("The startup Quillmark raised new money.", "Organization:Quillmark"));
        assertTrue(has("Shares of Borealis Semiconductor fell.", "Organization:Borealis Semiconductor"));
        assertTrue(has("The hedge fund Ashgrove Capital sold its stake.", "Organization:Ashgrove Capital"));
        assertTrue(has("He told the Lakeside Herald that prices will fall.", "Organization:Lakeside Herald"));
        assertTrue(has("Revenue doubled, per the report (via TechPulse).", "Organization:TechPulse"));
    }

    @Test
    void modelAndChipPatterns() {
        String text = "Meta trained Llama 3.1 and Llama-3-70B on H100 GPUs, while Alibaba shipped Qwen2.5-Max "
                + "and OpenAI tested GPT-4o, GPT-4.5 and o3-mini; Mistral released Mixtral 8x7B.";
        List<String> es = Extract.entities(text, "en");
        for (String m : List.of("Llama 3.1", "Llama-3-70B", "Qwen2.5-Max", "GPT-4o", "GPT-4.5", "o3-mini", "Mixtral 8x7B")) {
            assertTrue(es.contains("AIModel:" + m), m + " in " + es);
        }
        assertTrue(es.contains("Chip:H100"), es.toString());
        assertTrue(has("Google compared Gemini 2.0 Flash with Claude 3.5 Sonnet.", "AIModel:Gemini 2.0 Flash"));
        assertTrue(has("Huawei ships the Ascend 910C to Chinese labs.", "Chip:Ascend 910C"));
    }

    @Test
    void chipCodeNeedsAChipContext() {
        assertFalse(has("Traffic on the A100 motorway was slow.", "Chip:A100"));
        assertTrue(has("The cluster holds 10,000 A100 chips.", "Chip:A100"));
    }

    @Test
    void patternModelLinksToLexicon() {
        assertTrue(has("DeepSeek R1 costs less to run.", "AIModel:DeepSeek-R1"));
    }

    @Test
    void explicitTickers() {
        Extraction x = Extract.run("Zentrix Robotics (NYSE: ZTRX) rose while Nvidia (NASDAQ:NVDA) fell.", "en");
        Entity zentrix = x.entity("org/zentrix-robotics");
        assertNotNull(zentrix, x.entities().toString());
        assertEquals("NYSE:ZTRX", zentrix.ticker());
        assertEquals("NASDAQ:NVDA", x.entity("org/nvidia").ticker());
        assertTrue(has("Traders bought $NVDA all day.", "Organization:Nvidia"));
    }

    @Test
    void stockIndex() {
        assertTrue(has("The Nasdaq-100 lost three percent.", "StockIndex:Nasdaq 100"));
    }

    @Test
    void sentenceInitialCapitalsAreNotEntities() {
        assertTrue(Extract.entities("Yesterday the market fell. Analysts expect more volatility.", "en").isEmpty());
        assertTrue(Extract.entities("Will prices fall? Nobody knows.", "en").isEmpty());
    }

    @Test
    void aKoreanNameIsReadWholeByItsShape() {
        assertTrue(has("Hynix chief Kwak Noh-jung said demand for memory stayed strong.", "Person:Kwak Noh-jung"));
        List<String> found = Extract.entities("Kim Yoo-jin, an analyst in Seoul, called the stock cheap.", "en");
        assertTrue(found.contains("Person:Kim Yoo-jin"), "the family name is a given name too: " + found);
        assertFalse(Extract.entities("The Start-up scene in Berlin is lively.", "en").stream().anyMatch(e -> e.startsWith("Person:")),
                "a capitalised hyphen word is not a Korean given name");
    }

    @Test
    void aProductNamedWithAiIsNoCompany() {
        List<String> found = Extract.entities("Microsoft sells access through Azure AI Foundry, and Microsoft's Copilot AI uses it.", "en");
        assertFalse(found.stream().anyMatch(e -> e.startsWith("Organization:Azure") || e.startsWith("Organization:Copilot")), found.toString());
        assertTrue(has("The fund put money into Sakana AI and Quillon AI.", "Organization:Sakana AI"), "a name before AI is still a company");
    }

    @Test
    void aModelFamilyNounSupportsAContextLabel() {
        assertTrue(has("Many coders prefer the Claude family for long tasks.", "AIModel:Claude"));
        assertFalse(has("Claude Monet painted water lilies.", "AIModel:Claude"));
    }

    @Test
    void aUniversityIsAnOrganisationNeverAPerson() {
        List<String> found = Extract.entities("Chris Miller, a historian at Tufts University, warned against hasty conclusions.", "en");
        assertTrue(found.contains("Organization:Tufts University"), found.toString());
        assertFalse(found.stream().anyMatch(e -> e.equals("Person:Tufts University")), found.toString());
    }

    @Test
    void anEventOrProductOfTheCompanyJustNamedIsNoCompany() {
        List<String> found = Extract.entities("Lisa Su, speaking at the company's Advancing AI event in San Francisco, said so.", "en");
        assertFalse(found.contains("Organization:Advancing AI"), found.toString());
    }

    @Test
    void aThreePartNameEndingTheRunIsOnePerson() {
        assertTrue(has("\"Adoption has been slow,\" interim co-CEO Michelle Johnston Holthaus told investors.",
                "Person:Michelle Johnston Holthaus"));
        List<String> two = Extract.entities("Sam Altman OpenAI Nvidia were all named in the filing.", "en");
        assertTrue(two.contains("Person:Sam Altman"), two.toString());
    }

    @Test
    void aChipGenerationNamedLikeAPerson() {
        assertTrue(has("The company said the Rubin GPUs will ship in 2026.", "Chip:Rubin"));
        List<String> none = Extract.entities("Gaming GPUs got cheaper. Data Center GPUs did not.", "en");
        assertFalse(none.stream().anyMatch(e -> e.startsWith("Chip:")), none.toString());
    }

    @Test
    void theNamedPlatformAfterADeterminerIsAProduct() {
        List<String> found = Extract.entities("Claude models are offered through the Vertex AI platform.", "en");
        assertFalse(found.contains("Organization:Vertex AI"), found.toString());
    }

    @Test
    void anInstitutionThatSpeaksIsNoPerson() {
        List<String> found = Extract.entities("The White House said on Sunday that it would not rule out a recession.", "en");
        assertTrue(found.stream().noneMatch(e -> e.startsWith("Person:")), found.toString());
        assertTrue(has("Sarah House said the rally would not last.", "Person:Sarah House"), "a surname House is still one");
    }

    @Test
    void aTierNameBetweenFamilyAndVersion() {
        List<String> found = Extract.entities("Its newest model, Claude Opus 4.1, beat Llama Guard 3 and Gemini Flash 2 on coding tests.", "en");
        assertTrue(found.contains("AIModel:Claude Opus 4.1"), found.toString());
        assertTrue(found.contains("AIModel:Llama Guard 3"), found.toString());
        assertTrue(found.contains("AIModel:Gemini Flash 2"), found.toString());
        assertFalse(found.contains("Person:Claude Opus"), found.toString());
        assertFalse(Extract.entities("Claude Opus, the conductor, played in 2019.", "en").stream().anyMatch(e -> e.startsWith("AIModel:")),
                "no version, no model");
    }

    @Test
    void aChineseNameInWesternOrder() {
        List<String> found = Extract.entities("Shengjia Zhao, a co-creator of the chatbot, became the lab's chief scientist.", "en");
        assertTrue(found.contains("Person:Shengjia Zhao"), found.toString());
        List<String> places = Extract.entities("Shares rose in Hong Kong Tuesday and in Shanghai Li Auto gained.", "en");
        assertFalse(places.stream().anyMatch(e -> e.startsWith("Person:Hong") || e.startsWith("Person:Shanghai")), places.toString());
    }

    @Test
    void aCompanysOwnPlatformIsNoCompany() {
        List<String> found = Extract.entities("Palantir said demand for its platform Foundry and its AI platform Gotham rose.", "en");
        assertFalse(found.stream().anyMatch(e -> e.equals("Organization:Foundry") || e.equals("Organization:Gotham")), found.toString());
    }

    @Test
    void aListingSharedWithAUnitBelongsToTheNameBeforeIt() {
        // The lexicon's listing index names the unit, as an unlucky order of the graph could make it do.
        var holdco = new dev.aikg.lexicon.LexiconEntry("org/holdco", dev.aikg.model.EntityType.ORGANIZATION, "Company", "Holdco",
                List.of("Holdco"), List.of(), null, "NASDAQ:HC", null, java.util.Map.of());
        var searchco = new dev.aikg.lexicon.LexiconEntry("org/searchco", dev.aikg.model.EntityType.ORGANIZATION, "Company", "Searchco",
                List.of("Searchco"), List.of(), null, "NASDAQ:HC", null, java.util.Map.of());
        var lexicon = new dev.aikg.lexicon.Lexicon(List.of(holdco, searchco), java.util.Map.of("NASDAQ:HC", "org/searchco"));
        var x = Pipelines.standard(lexicon, StageTimings.NONE).extract(
                new dev.aikg.model.Document("t", null, "Holdco (NASDAQ: HC) fell 7% on Wednesday.", "en", null, null, null));
        assertEquals(List.of("Holdco"), x.entities().stream().map(Entity::name).toList());
        assertEquals("org/holdco", x.stockMoves().get(0).subjectId());
    }

    @Test
    void aBylinePrepositionIsNoPartOfThePapersName() {
        List<String> found = Extract.entities("By Chip Daily staff\n\nSamsung shares rose on Tuesday.", "en");
        assertFalse(found.stream().anyMatch(e -> e.startsWith("Organization:By ")), found.toString());
    }

    @Test
    void heavyTiersActiveParameterSuffixesAndTwoLetterChipSuffixes() {
        List<String> found = Extract.entities("Grok 4 Heavy, Qwen3-235B-A22B and Granite 4.0 were tested on Ascend 950PR chips.", "en");
        assertTrue(found.contains("AIModel:Grok 4 Heavy"), found.toString());
        assertTrue(found.contains("AIModel:Qwen3-235B-A22B"), found.toString());
        assertTrue(found.contains("AIModel:Granite 4.0"), found.toString());
        assertTrue(found.contains("Chip:Ascend 950PR"), found.toString());
        assertFalse(Extract.entities("Granite countertops cost 4.0 times more.", "en").stream().anyMatch(e -> e.startsWith("AIModel:")));
    }

    @Test
    void aCommonWordBeforeTheLegalFormAndTheShortFormWithoutBothSuffixes() {
        List<String> found = Extract.entities("Meanwhile Coldstream Systems Corp., which builds racks, raised its forecast.", "en");
        assertTrue(found.contains("Organization:Coldstream Systems Corp"), found.toString());
        assertFalse(found.stream().anyMatch(e -> e.contains("Meanwhile")), found.toString());
        var x = Extract.run("Vellum Technologies Inc. grew. Shares of Vellum jumped 18% on the Nasdaq.", "en");
        assertEquals(List.of("Vellum Technologies Inc", "Vellum"), x.entities().get(0).mentions().stream()
                .map(dev.aikg.model.Mention::surface).toList());
        assertEquals(1, x.stockMoves().size(), x.stockMoves().toString());
    }

    // ---- fourth blind round (2026-12-04): misses and false names it showed, in sentences of our own ----

    @Test
    void aRoleWithADeterminerThenANameBetweenCommasIsAPerson() {
        List<String> found = Extract.entities("Its chief executive, Farid Kassem, who came from a telecom group, wants more chips.", "en");
        assertTrue(found.contains("Person:Farid Kassem"), found.toString());
        assertFalse(Extract.entities("As chief executive, Harbour Lantern grew fast.", "en").stream().anyMatch(e -> e.startsWith("Person:")),
                "no determiner, no closing comma: no apposition");
    }

    @Test
    void arabicNamesKeepTheirPatronymicAndFamilyArticle() {
        List<String> found = Extract.entities("The fund is chaired by Hamdan bin Rashid Al Maktoum, while Khaled Yousef Al-Harbi runs it.", "en");
        assertTrue(found.contains("Person:Hamdan bin Rashid Al Maktoum"), found.toString());
        assertTrue(found.contains("Person:Khaled Yousef Al-Harbi"), found.toString());
        assertFalse(found.contains("Person:Khaled Yousef"), found.toString());
    }

    @Test
    void aHyphenatedEastAsianGivenNameBeforeTheFamilyName() {
        List<String> found = Extract.entities("Tsz-wing Chan, who covers chip stocks, and Min-jun Park both expect a rebound.", "en");
        assertTrue(found.contains("Person:Tsz-wing Chan"), found.toString());
        assertTrue(found.contains("Person:Min-jun Park"), found.toString());
        assertFalse(Extract.entities("The X-ray Law was passed.", "en").stream().anyMatch(e -> e.startsWith("Person:")),
                "a compound before a family-name-like word that goes on is no person");
    }

    @Test
    void aRegionBeforeAiIsNoCompany() {
        List<String> found = Extract.entities("Asian AI stocks fell while the Gulf AI build-out went on.", "en");
        assertFalse(found.stream().anyMatch(e -> e.startsWith("Organization:")), found.toString());
    }

    @Test
    void thePluralOfALabelsHeadIsNoTypoOfTheLabel() {
        assertFalse(has("Most notebooks sold this year carry an AI chip, and Notebooks with one cost more.", "AIModel:NotebookLM"));
        assertTrue(has("Google updated NotebookLN on Monday.", "AIModel:NotebookLM"), "a one-letter typo still matches");
    }

    @Test
    void aModelNamedThroughItsNoun() {
        List<String> found = Extract.entities("The lab rests its case on Qamar, an Arabic-English language model. "
                + "Rivals point to the Lumora X model and to its Brisa video-generation model. Users can ask the assistant Tallis Pro.", "en");
        assertTrue(found.contains("AIModel:Qamar"), found.toString());
        assertTrue(found.contains("AIModel:Lumora X"), found.toString());
        assertTrue(found.contains("AIModel:Brisa"), found.toString());
        assertTrue(found.contains("AIModel:Tallis Pro"), found.toString());
        List<String> none = Extract.entities("Lisbon, a model for other cities, grew. The Chinese model was cheap. "
                + "The Toyota model line sold well. Volkswagen sold the Golf model for 30,000 euros.", "en");
        assertFalse(none.stream().anyMatch(e -> e.startsWith("AIModel:")), none.toString());
    }

    @Test
    void advisoryHousesAreOrganisations() {
        List<String> found = Extract.entities("Dana Price, a portfolio manager at Boston-based Kestrel Bay Advisors, sold shares. "
                + "Omar Lind of the advisory firm Harbor Lane Advisory disagreed, as did Greystone Associates.", "en");
        assertTrue(found.contains("Organization:Kestrel Bay Advisors"), found.toString());
        assertTrue(found.contains("Organization:Harbor Lane Advisory"), found.toString());
        assertTrue(found.contains("Organization:Greystone Associates"), found.toString());
        assertFalse(Extract.entities("The Security Advisory was issued on Monday.", "en").contains("Organization:Security Advisory"));
    }

    @Test
    void houseEndingsSystemsSemiconductorsTrustFund() {
        List<String> found = Extract.entities("The pilot customer is Kestrel Vision Systems of Tilburg. Smaller still is Lindqvist "
                + "Semiconductors. Northgate Asset Management and the Cascadia Pension Trust joined, as did the Shenzhen-based "
                + "Pearl Harbour Growth Fund.", "en");
        assertTrue(found.contains("Organization:Kestrel Vision Systems"), found.toString());
        assertTrue(found.contains("Organization:Lindqvist Semiconductors"), found.toString());
        assertTrue(found.contains("Organization:Cascadia Pension Trust"), found.toString());
        assertTrue(found.contains("Organization:Pearl Harbour Growth Fund"), found.toString());
    }

    @Test
    void modelsNamedInAnAppositionToTheirOwnersModelNoun() {
        List<String> found = Extract.entities("Quillmark sells to hospitals. Its note model, Corvana Notes, is fine-tuned from "
                + "an open model. Its core model, Prism, was trained on rented chips.", "en");
        assertTrue(found.contains("AIModel:Corvana Notes"), found.toString());
        assertTrue(found.contains("AIModel:Prism"), found.toString());
        List<String> none = Extract.entities("Its business model, Paris, is a model city.", "en");
        assertFalse(none.stream().anyMatch(e -> e.startsWith("AIModel:")), none.toString());
    }

    @Test
    void chipsNamedByACodeNextToAChipNoun() {
        List<String> found = Extract.entities("Its AM-400 chip targets entry-level cars. The next driving chip, ZX7, will be "
                + "made by TSMC. Veltor's accelerator VT-2 ships in May.", "en");
        assertTrue(found.contains("Chip:AM-400"), found.toString());
        assertTrue(found.contains("Chip:ZX7"), found.toString());
        assertTrue(found.contains("Chip:VT-2"), found.toString());
        List<String> none = Extract.entities("Chip sales rose in Q3. The chip business grew 12% in FY2025.", "en");
        assertFalse(none.stream().anyMatch(e -> e.startsWith("Chip:")), none.toString());
    }

    @Test
    void numberedFundsAndSurnameFirstNamesOfSingapore() {
        List<String> found = Extract.entities("The manager closed Kestrel Digital Infrastructure Fund III at $2 billion. "
                + "\"The licence was simple,\" said the company's technology chief, Koh Wei Ling.", "en");
        assertTrue(found.contains("Organization:Kestrel Digital Infrastructure Fund III"), found.toString());
        assertTrue(found.contains("Person:Koh Wei Ling"), found.toString());
    }

    @Test
    void hyphenatedModelNamesAndSizesAfterAVersion() {
        List<String> found = Extract.entities("Its Tarra-Sutra 12B, built on Google's Gemma 3 12B and trained on H100 chips, "
                + "reads legal text. The lab released Kestrel 3 7B, an open language model for Arabic.", "en");
        assertTrue(found.contains("AIModel:Tarra-Sutra 12B"), found.toString());
        assertTrue(found.contains("AIModel:Kestrel 3 7B"), found.toString());
    }

    @Test
    void aListingInBracketsMakesTheNameBeforeItACompany() {
        var x = Extract.run("Shares of Veltrix fell 2.3% on Monday, while Kestrelon ($KSTR) gained 3.1%. Quorvane (ASX: QRV) "
                + "rose 4% on Monday.", "en");
        List<String> found = x.entities().stream().map(e -> e.type().label() + ":" + e.name()).toList();
        assertTrue(found.contains("Organization:Kestrelon"), found.toString());
        assertTrue(found.contains("Organization:Quorvane"), found.toString());
        assertTrue(x.stockMoves().stream().anyMatch(m -> m.changePct() == 3.1 && x.entities().stream()
                .anyMatch(e -> e.id().equals(m.subjectId()) && e.name().equals("Kestrelon"))), x.stockMoves().toString());
        assertFalse(Extract.entities("The rate (5%) rose in May (2024).", "en").stream().anyMatch(e -> e.startsWith("Organization:")));
    }

    @Test
    void aHyphenatedModelNameInAnAppositionToItsOwnersModelNoun() {
        List<String> found = Extract.entities("Cordance sells to clinics. Its model, Cordance-Evo, is fine-tuned on DNA.", "en");
        assertTrue(found.contains("AIModel:Cordance-Evo"), found.toString());
    }

    @Test
    void aVehiclesNumberAfterItsLegalForm() {
        List<String> found = Extract.entities("Kestrel plans to list through a merger with Harbor Acquisition Corporation II next year.", "en");
        assertTrue(found.contains("Organization:Harbor Acquisition Corporation II"), found.toString());
        assertFalse(Extract.entities("Kestrel Holdings I think is cheap, said the analyst.", "en").contains("Organization:Kestrel Holdings I"));
    }

    @Test
    void tickersOnTaipeiAndEuronextAreFoundInText() {
        var x = Extract.run("Kestrelon (TWSE: 6123) rose 2% on Monday, and Veltrix (Euronext: VLX) fell 1% on Monday.", "en");
        List<String> mentions = x.entities().stream().flatMap(e -> e.mentions().stream()).map(dev.aikg.model.Mention::surface).toList();
        assertTrue(mentions.contains("TWSE: 6123"), mentions.toString());
        assertTrue(mentions.contains("Euronext: VLX"), mentions.toString());
    }

    @Test
    void aRoleAfterAnOwnersPossessiveThenTheNameBetweenCommas() {
        assertTrue(has("OpenAI's chief information security officer, Dax Whitcombe, said the flaw was fixed.",
                "Person:Dax Whitcombe"));
    }

    @Test
    void aNameBeforeWhoAndAVerbOnlyAPersonDoes() {
        assertTrue(has("Marisol Quendt, who heads robotics at the lab, said the model was ready.", "Person:Marisol Quendt"));
        assertTrue(has("The fund was set up by Tovah Brennick, who previously ran a hedge fund.", "Person:Tovah Brennick"));
        assertFalse(has("Goldman Sachs, who declined to comment, raised its target.", "Person:Goldman Sachs"));
    }

    @Test
    void anInitialAndASurnameAfterARole() {
        List<String> en = Extract.entities("Chief executive K. Ramanathan said demand stayed strong.", "en");
        assertTrue(en.contains("Person:K. Ramanathan"), en.toString());
        List<String> de = Extract.entities("Vorstandschef R. Sundaralingam sprach von einem Wendepunkt.", "de");
        assertTrue(de.contains("Person:R. Sundaralingam"), de.toString());
    }

    @Test
    void aChipNamedWithItsMakerNamesTheMakerToo() {
        var en = Extract.run("The model was trained on Nvidia H800 chips and served on Google TPU pods.", "en");
        var names = en.entities().stream().map(e -> e.type().label() + ":" + e.name()).toList();
        assertTrue(names.containsAll(List.of("Organization:Nvidia", "Chip:H800", "Organization:Google", "Chip:TPU")), names.toString());
        assertEquals(List.of("H800"), Extract.surfaces("The model was trained on Nvidia H800 chips.", "en", "H800"));
        var de = Extract.entities("Das Modell wurde auf Nvidia-H800-Chips trainiert.", "de");
        assertTrue(de.containsAll(List.of("Organization:Nvidia", "Chip:H800")), de.toString());
        assertTrue(en.relations().stream().anyMatch(r -> r.subjectId().equals("chip/h800") && r.predicate().name().equals("MANUFACTURED_BY")
                && r.object().equals("org/nvidia")), en.relations().toString());
    }

    @Test
    void aGlobalArmsTitleNamesNoCompanyCalledGlobal() {
        List<String> found = Extract.entities("Nvidia Global chief executive Mira Patel has described the agents.", "en");
        assertFalse(found.contains("Organization:Global"), found.toString());
    }

    @Test
    void lawyersAndMoreGivenNames() {
        List<String> found = Extract.entities("The lawyer Ezo Brandtner objected. Shahram Vosskamp said so. Lidiane Quell ran the "
                + "company.", "en");
        assertTrue(found.containsAll(List.of("Person:Ezo Brandtner", "Person:Shahram Vosskamp", "Person:Lidiane Quell")), found.toString());
    }

    @Test
    void aPlaceNameOpeningWithLasOrSantaIsNoPerson() {
        List<String> found = Extract.entities("For Kestrel, the week had started in Las Vegas, where the chief executive spoke in Santa Clara.", "en");
        assertTrue(found.stream().noneMatch(e -> e.startsWith("Person:")), found.toString());
    }

    @Test
    void aCompanyNameAfterAGivenNameIsASurname() {
        List<String> found = Extract.entities("Analyst Tobias Renk of Harwick Research expects more orders. Anna Bosch, who runs the lab, agreed.", "en");
        assertTrue(found.contains("Person:Tobias Renk"), found.toString());
        assertTrue(found.contains("Person:Anna Bosch"), found.toString());
        assertFalse(found.contains("Organization:Renk"), found.toString());
                List<String> common = Extract.entities("Will Nvidia keep its lead? Bosch said it would build more chips.", "en");
        assertTrue(common.contains("Organization:Nvidia"), "a given name that is a common word opens no name: " + common);
        assertTrue(common.contains("Organization:Bosch"), common.toString());
    }

    @Test
    void shortAndSymbolLabelsNeedTheirOwnShape() {
        List<String> found = Extract.entities("Plan A on Monday: General Harlan said the firm sells in 11 countries, e and f.", "en");
        assertTrue(found.stream().noneMatch(e -> e.contains("Aon") || e.contains("Generali") || e.contains("&")), found.toString());
        List<String> person = Extract.entities("Taylor Francis, a partner at Kestrel Grid, spoke. Taylor & Francis rose.", "en");
        assertTrue(person.contains("Person:Taylor Francis"), "an ampersand of a label must be in the text: " + person);
        assertTrue(person.contains("Organization:Taylor & Francis"), person.toString());
        List<String> given = Extract.entities("The supplier, led by Philipp von Hirschheydt, grew.", "en");
        assertFalse(given.contains("Organization:Philips"), "a known given name is no typo: " + given);
        assertTrue(Extract.entities("Phillips and Philips rose.", "en").contains("Organization:Philips"));
        List<String> glued = Extract.entities("The national centre for applied AI hired the applied-AI team of appliedAI.", "en");
        assertEquals(1, glued.stream().filter(e -> e.equals("Organization:appliedAI")).count(), glued.toString());
        List<String> split = Extract.entities("The national centre for applied AI hired a team.", "en");
        assertFalse(split.contains("Organization:appliedAI"), "a glued brand in lower case is never two words: " + split);
        List<String> named = Extract.entities("Aon and Generali rose, while Genrali's rival fell.", "en");
        assertTrue(named.contains("Organization:Aon"), named.toString());
        assertTrue(named.contains("Organization:Generali"), named.toString());
    }

    @Test
    void aNameBeforeACompanysPossessiveTitleIsAPerson() {
        List<String> found = Extract.entities("Kei Uruma, Nvidia's president and chief executive, said the deal was good.", "en");
        assertTrue(found.contains("Person:Kei Uruma"), found.toString());
        List<String> company = Extract.entities("Kestrel Grid, Nvidia's partner, said the deal was good.", "en");
        assertFalse(company.contains("Person:Kestrel Grid"), "a partner is no title: " + company);
    }

    @Test
    void aPortugueseSurnameWithAGermanAdjectiveEnding() {
        List<String> found = Extract.entities("Tens of thousands of customers trust it, said Ana Paula Rezende, an analyst at Itaú BBA.", "en");
        assertTrue(found.contains("Person:Ana Paula Rezende"), found.toString());
    }

    @Test
    void vietnameseNamesWhoseFamilyNameIsAWordElsewhere() {
        List<String> found = Extract.entities("Founder Le Thu Ha, who worked at a cloud unit before, built the model. Viettel chief Tao Duc "
                + "Thang spoke.", "en");
        assertTrue(found.contains("Person:Le Thu Ha"), found.toString());
        assertTrue(found.contains("Person:Tao Duc Thang"), found.toString());
        List<String> french = Extract.entities("Le Chat Pro costs more than before, Le Monde reported.", "en");
        assertFalse(french.stream().anyMatch(e -> e.startsWith("Person:")), french.toString());
    }

    @Test
    void aCitysPossessiveBeforeADescribedName() {
        List<String> found = Extract.entities("The app grew through acquisitions: Helsinki's Veri, a metabolic-health start-up, joined in 2024.", "en");
        assertTrue(found.contains("Organization:Veri"), found.toString());
        assertFalse(found.contains("Organization:Helsinki's Veri"), found.toString());
    }

    @Test
    void aPlaceBeforeBasedIsNoRoundLead() {
        List<String> found = Extract.entities("A seed round was led by Zurich-based Lakeside Partners, with participation from others.", "en");
        assertFalse(found.contains("Organization:Zurich"), found.toString());
        assertTrue(found.contains("Organization:Lakeside Partners"), found.toString());
    }

    @Test
    void aVerbEndsAModelApposition() {
        List<String> place = Extract.entities("In Vilnius, the biometrics firm Kestrelware has published Lithuanian models.", "en");
        assertFalse(place.contains("AIModel:Vilnius"), place.toString());
        List<String> model = Extract.entities("Varuna, an Arabic-English language model, was released in May.", "en");
        assertTrue(model.contains("AIModel:Varuna"), model.toString());
    }

    @Test
    void aGivenNameBeforeEnergyIsAFirm() {
        List<String> led = Extract.entities("Jimmy Energy, led by co-founder Antoine Guyot, wants to build small reactors.", "en");
        assertTrue(led.contains("Organization:Jimmy Energy"), led.toString());
        assertFalse(led.contains("Person:Jimmy Energy"), "a role after 'led by' is the leader's: " + led);
        List<String> generic = Extract.entities("Clean Energy is popular with voters, and the Jimmy Energy Center opened.", "en");
        assertFalse(generic.contains("Organization:Clean Energy"), generic.toString());
        assertFalse(generic.contains("Organization:Jimmy Energy"), "a name goes on after the word: " + generic);
    }

    @Test
    void aNameBeforeALongerTitleIsAPerson() {
        // Given names the list lacks: only the title makes them people.
        List<String> chief = Extract.entities("Marlow Fielding, Nvidia's chief executive, said the deal was good.", "en");
        assertTrue(chief.contains("Person:Marlow Fielding"), chief.toString());
        List<String> fields = Extract.entities("Athina Kanioura, the company's chief strategy and transformation officer, said so.", "en");
        assertTrue(fields.contains("Person:Athina Kanioura"), fields.toString());
        List<String> possessive = Extract.entities("Asmita Dubey, L'Oréal's chief digital and marketing officer, said so.", "en");
        assertTrue(possessive.contains("Person:Asmita Dubey"), possessive.toString());
        List<String> head = Extract.entities("Marlow Fielding, head of energy research at Tidewater Analytics, was cautious.", "en");
        assertTrue(head.contains("Person:Marlow Fielding"), head.toString());
        List<String> customer = Extract.entities("Kestrel Grid, Nvidia's biggest customer, said the deal was good.", "en");
        assertFalse(customer.contains("Person:Kestrel Grid"), "a customer is no title: " + customer);
        List<String> list = Extract.entities("Kestrel Grid, Nvidia's chief rival and partner, said the deal was good.", "en");
        assertFalse(list.contains("Person:Kestrel Grid"), "a rival is no title: " + list);
    }

    @Test
    void aGenerationOrCodeAfterAChipLabelNamesAnotherChip() {
        List<String> found = Extract.entities("The Pixel Watch 4 uses Qualcomm's Snapdragon W5 Gen 2, a chip that adds satellite "
                + "messaging, and Samsung's watch runs on its own Exynos W1000 processor.", "en");
        assertTrue(found.contains("Chip:Snapdragon W5 Gen 2"), found.toString());
        assertTrue(found.contains("Chip:Exynos W1000"), found.toString());
        assertFalse(found.contains("Chip:Snapdragon W5 Gen 1"), found.toString());
    }

    @Test
    void aChipGenerationWithAPlus() {
        List<String> found = Extract.entities("The tablets run on the Dimensity 9300+ and a larger battery.", "en");
        assertTrue(found.contains("Chip:Dimensity 9300+"), found.toString());
    }

    @Test
    void aCompanyBeforeTheRoleOfAnAppositionStillMarksAPerson() {
        List<String> found = Extract.entities("The studio was set up by Mara Quist, a former Nvidia Research scientist who now runs it.", "en");
        assertTrue(found.contains("Person:Mara Quist"), found.toString());
        List<String> verb = Extract.entities("Lumo Compute, founded by former Intel engineer Ada Berg, raised $20 million.", "en");
        assertFalse(verb.contains("Person:Lumo Compute"), "a participle opens no apposition of a person: " + verb);
    }

    @Test
    void aSurnameOfAPersonNamedBeforeWinsOverACompanysContextLabel() {
        List<String> found = Extract.entities("Mara Elliott, a portfolio manager at Larkspur Capital, bought more Nvidia shares on "
                + "Thursday. \u201cThe stock is cheap,\u201d Elliott said.", "en");
        assertTrue(found.contains("Person:Mara Elliott"), found.toString());
        assertFalse(found.contains("Organization:Elliott Management"), found.toString());
        List<String> fund = Extract.surfaces("The hedge fund Elliott Management bought Oracle shares. Elliott said it wants a board seat.",
                "en", "Elliott Management");
        assertTrue(fund.contains("Elliott"), "with no such person the label stays the fund's: " + fund);
    }

    @Test
    void aOneWordLabelIsReadAcrossASplitOnlyWhereEachPartIsCapitalised() {
        List<String> found = Extract.entities("Lumen builds on Arm is what the chief executive said of Open AI.", "en");
        assertFalse(found.contains("Organization:Armis"), "'Arm is' is no 'Armis': " + found);
        assertTrue(found.contains("Organization:OpenAI"), found.toString());
    }

    @Test
    void aNameAfterATitleAndACopulaIsAPerson() {
        List<String> found = Extract.entities("The institute is chaired by an investor; its chief technology officer is Mara Quist.", "en");
        assertTrue(found.contains("Person:Mara Quist"), found.toString());
        List<String> firm = Extract.entities("The biggest investor is Kestrel Grid.", "en");
        assertFalse(firm.contains("Person:Kestrel Grid"), "an investor may be a firm: " + firm);
    }

    @Test
    void aVocabularyWordIsNoTypoOfALongName() {
        List<String> found = Extract.entities("Investors cheered the results of Nvidia.", "en");
        assertFalse(found.contains("Organization:Investcorp"), "'Investors' is a word: " + found);
        assertTrue(Extract.entities("The fund Investcrop bought shares of Nvidia.", "en").contains("Organization:Investcorp"),
                "a real typo is still read");
    }

    @Test
    void aContextLabelInsideALongerNameBeforeItsNounOrAsAPlaceNamesNoCompany() {
        List<String> tail = Extract.entities("Nvidia and Microsoft sponsor the festival, whose Golden Apple award goes to a short film.",
                "en");
        assertFalse(tail.contains("Organization:Apple"), "the tail of a longer name: " + tail);
        List<String> noun = Extract.entities("Nvidia and Microsoft rose while a planned Comet mission drew the crowds.", "en");
        assertFalse(noun.contains("Organization:Comet Holding"), "a noun with its adjective: " + noun);
        List<String> place = Extract.entities("Nvidia and Microsoft buy their cables from a workshop of Delta, Texas.", "en");
        assertFalse(place.contains("Organization:Delta Air Lines"), "a town before its state: " + place);
        List<String> former = Extract.entities("Nvidia and Microsoft hired Mara Quist, a former Apple engineer.", "en");
        assertTrue(former.contains("Organization:Apple"), "'former' ties the name to a person: " + former);
    }

    @Test
    void aPossessiveContextLabelBeforeAProductCodeIsItsOwner() {
        assertTrue(has("The detector is built on Meta's DINOv2 vision model.", "Organization:Meta Platforms"));
        assertFalse(has("The detector is built on a DINOv2 vision model.", "Organization:Meta Platforms"));
    }

    @Test
    void aFoundCompanyBeforeTheWordAssistantNamesItsAssistant() {
        List<String> found = Extract.entities("Turkcell cut prices. Its core product, Turkcell Assistant, answers billing questions.",
                "en");
        assertTrue(found.contains("AIModel:Turkcell Assistant"), found.toString());
        assertTrue(found.contains("Organization:Turkcell"), found.toString());
    }

    @Test
    void oneWordBeforeAGovernmentTitleIsTheOfficeNotACompany() {
        List<String> found = Extract.entities("Commerce Secretary Mara Quist has signalled further export limits.", "en");
        assertTrue(found.contains("Person:Mara Quist"), found.toString());
        assertFalse(found.contains("Organization:Commerce"), found.toString());
        List<String> firm = Extract.entities("Quellwerk Systems president Mara Quist said the deal was done.", "en");
        assertTrue(firm.contains("Organization:Quellwerk Systems"), "a company's president still names it: " + firm);
    }

    @Test
    void anOfficeTitleEndingInAMediaNounIsNoPaper() {
        List<String> found = Extract.entities("Mara Quist, Minister for Digital Development and Information, said the Chip Daily "
                + "had it right.", "en");
        assertTrue(found.contains("Organization:Chip Daily"), "a paper's name is still read: " + found);
        assertFalse(found.stream().anyMatch(e -> e.endsWith("and Information")), found.toString());
    }

    @Test
    void aTickerOnAnotherExchangeIsNotTheCompanyListedUnderTheSymbolElsewhere() {
        List<String> other = Extract.entities("Quellwerk Holdings (LSE: NVDA) rose 3% on Monday.", "en");
        assertFalse(other.contains("Organization:Nvidia"), "London's NVDA is not Nasdaq's: " + other);
        assertTrue(has("Its supplier (SIX: VACN) fell 2% on Monday.", "Organization:VAT Group"),
                "SIX is the exchange the lexicon writes SWX");
        assertTrue(has("The chip designer (NASDAQ: NVDA) fell 2% on Monday.", "Organization:Nvidia"));
    }

    @Test
    void aWordAfterAKnownParentThatAnAppositionCallsItsArmIsPartOfTheArmsName() {
        List<String> found = Extract.entities("The round drew Turkcell Next, the telecom group's investment arm, and others.", "en");
        assertTrue(found.contains("Organization:Turkcell Next"), found.toString());
        assertFalse(found.contains("Organization:Next"), found.toString());
    }

    @Test
    void aJudgeIsAPersonAndTheCourtsWordNoCompany() {
        List<String> found = Extract.entities("In March, U.S. District Judge Maryellen Noreika rejected the motion.", "en");
        assertTrue(found.contains("Person:Maryellen Noreika"), found.toString());
        assertFalse(found.contains("Organization:District"), found.toString());
        assertTrue(Extract.entities("Richterin Maryellen Noreika muss nun entscheiden.", "de").contains("Person:Maryellen Noreika"));
    }

    @Test
    void aRankBeforeAGivenNameIsATitleAndTheStateBeforeAnAttorneyGeneralNoCompany() {
        List<String> found = Extract.entities("Kramer faces charges brought by New Hampshire Attorney General Mara Quist, who said so.", "en");
        assertTrue(found.contains("Person:Mara Quist"), found.toString());
        assertFalse(found.stream().anyMatch(e -> e.startsWith("Organization:")), found.toString());
        List<String> surfaces = Extract.surfaces("Joe Biden spoke. The Biden administration then acted.", "en", "Joe Biden");
        assertEquals(List.of("Joe Biden", "Biden"), surfaces, "a word of the office after the surname keeps it");
    }

    @Test
    void minersAndMetalTradersByTheirSuffixButNotTheTrade() {
        List<String> found = Extract.entities("Aldermoor Commodities, a Geneva-based metals trader, rolled out a tool. Ivanhoe Mines rose "
                + "4.8 percent and Kestrel Resources fell. Bitcoin Mining stocks slid, Rare Earth Metals are scarce and the human "
                + "resources team grew.", "en");
        assertTrue(found.containsAll(List.of("Organization:Aldermoor Commodities", "Organization:Ivanhoe Mines",
                "Organization:Kestrel Resources")), found.toString());
        assertFalse(found.stream().anyMatch(e -> e.startsWith("Person:")), found.toString());
        assertFalse(found.stream().anyMatch(e -> e.contains("Bitcoin") || e.contains("Earth")), found.toString());
    }

    @Test
    void aCountryBeforeAVerbAndAModelNounIsNoModel() {
        List<String> found = Extract.entities("Every bank in the Philippines needs a model that understands Taglish.", "en");
        assertFalse(found.stream().anyMatch(e -> e.startsWith("AIModel:")), found.toString());
        assertTrue(Extract.entities("The Kestrel vision model is small.", "en").contains("AIModel:Kestrel"),
                "a lower-case modifier still joins a name and its head");
    }

    @Test
    void aSouthernChineseNameOfThreeWords() {
        List<String> found = Extract.entities("Singtel chief executive Yuen Kuan Moi spoke of a triangle. Tan Hooi Ling co-founded the firm.",
                "en");
        assertTrue(found.contains("Person:Yuen Kuan Moi"), found.toString());
        assertTrue(found.contains("Person:Tan Hooi Ling"), found.toString());
    }

    @Test
    void anAppositionWithAParticipleOrATownAndItsStateNamesAStartUp() {
        List<String> found = Extract.entities("Fermion Atomics, a Denver-based start-up designing factory-built microreactors, raised money. "
                + "Halden Pathology, a Cambridge, Massachusetts, start-up, said so. Paris, a city bustling with start-ups, hosted it.", "en");
        assertTrue(found.containsAll(List.of("Organization:Fermion Atomics", "Organization:Halden Pathology")), found.toString());
        assertFalse(found.contains("Organization:Paris"), found.toString());
    }

    @Test
    void healthFirmsByTheirSuffixButNotFieldsOfHealthOrABareSuffix() {
        List<String> found = Extract.entities("GE HealthCare earlier bought ultrasound AI developer Caption Health. Mental Health matters, "
                + "said Omar Haddad, chief medical information officer at St. Brendan Health, a hospital group in Ohio.", "en");
        assertTrue(found.contains("Organization:Caption Health"), found.toString());
        assertFalse(found.contains("Person:Caption Health"), found.toString());
        assertFalse(found.stream().anyMatch(e -> e.endsWith(":Health") || e.contains("Mental") || e.contains("Brendan")), found.toString());
    }

    @Test
    void aCommissionerARankOfPrepositionsAndAfricanPeoplesOwnNoCompany() {
        List<String> found = Extract.entities("Commissioner Mara Quist, a former partner at a consultancy, spoke. Under chief executive Ivo "
                + "Hart, the company grew. The group founded by Zimbabwean billionaire Lena Borg rose. Sizwe Compute, a Cape Town start-up "
                + "founded by former engineers, signed.", "en");
        assertTrue(found.containsAll(List.of("Person:Mara Quist", "Person:Ivo Hart", "Organization:Sizwe Compute")), found.toString());
        assertFalse(found.stream().anyMatch(e -> e.contains("Commissioner") || e.contains("Under") || e.contains("Zimbabwean")
                || e.equals("Person:Sizwe Compute")), found.toString());
    }

    @Test
    void aContractionNamesNoAgentAndASuffixAloneNoCompany() {
        List<String> found = Extract.entities("Ada Quist called it \"the first agent I've tested that can plan a trip\". Technologies, a San "
                + "Francisco hotel-software firm, added voice.", "en");
        assertFalse(found.stream().anyMatch(e -> e.contains("I've") || e.equals("Organization:Technologies")), found.toString());
        assertTrue(Extract.entities("Kestrel Technologies, a San Francisco hotel-software firm, added voice.", "en")
                .contains("Organization:Kestrel Technologies"));
    }

    @Test
    void anotherNameIsNoTypo() {
        List<String> found = Extract.entities("\"It works,\" said Castlegate chief executive Martin Okafor. Verrane, a legal-tech start-up, "
                + "covers Swedish, Danish, Norwegian and Icelandic.", "en");
        assertTrue(found.stream().noneMatch(e -> e.contains("Castlelake") || e.contains("Verdane") || e.contains("Icelandair")),
                found.toString());
        // Swapped letters, a dropped or doubled one, stay typos.
        List<String> typos = Extract.entities("Castlelkae and Verdanne rose, while Icelandiar fell.", "en");
        assertTrue(typos.contains("Organization:Castlelake"), typos.toString());
        assertTrue(typos.contains("Organization:Verdane"), typos.toString());
        assertTrue(typos.contains("Organization:Icelandair"), typos.toString());
    }

    @Test
    void aCompanysFirstWordAfterItsFullNameIsNoOtherCompanysContextLabel() {
        // Round 87: "Dominion's CEO" after "Dominion Energy" is not Dominion Voting Systems, whose context label "Dominion" is.
        Extraction x = Extract.run("Dominion Energy signed a supply deal on Monday. Dominion's CEO said the utility would judge it.", "en");
        List<String> names = x.entities().stream().map(Entity::name).toList();
        assertTrue(names.contains("Dominion Energy"), names.toString());
        assertFalse(names.contains("Dominion Voting Systems"), names.toString());
        Entity energy = x.entities().stream().filter(e -> e.name().equals("Dominion Energy")).findFirst().orElseThrow();
        assertEquals(2, energy.mentions().size(), energy.mentions().toString());
        // A unit's first words name its parent: "National Grid" after "National Grid Partners" stays the grid company.
        Extraction unit = Extract.run("National Grid Partners, the venture arm, invested in the start-up. National Grid shares rose 2 percent "
                + "on Monday.", "en");
        List<String> units = unit.entities().stream().map(Entity::name).toList();
        assertTrue(units.contains("National Grid plc"), units.toString());
    }

    @Test
    void aPapersMastheadWordAfterItsFullName() {
        // "the Times" after "The New York Times" is the paper, not Time magazine (whose context label "Time" folds "Times").
        Extraction x = Extract.run("The New York Times signed a licensing deal with Amazon on Thursday. The Times said its shares rose "
                + "2 percent, and Times executives praised the deal.", "en");
        List<String> names = x.entities().stream().map(Entity::name).toList();
        assertTrue(names.contains("The New York Times"), names.toString());
        assertFalse(names.contains("Time"), names.toString());
        Entity nyt = x.entities().stream().filter(e -> e.name().equals("The New York Times")).findFirst().orElseThrow();
        assertTrue(nyt.mentions().size() >= 2, nyt.mentions().toString());
    }
}
