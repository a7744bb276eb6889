package dev.aikg.annotate.mention;

import dev.aikg.annotate.Extract;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where an organisation's name starts and ends: houses named after founders, glued holdings, initials, kinds of house,
 * nationalities and possessives that are no part of a name, and suffixes of electronics makers and investors.
 * Sentences and names are our own.
 */
class TestOrganisationNameEdges {

    private static List<String> orgs(String text, String lang) {
        return Extract.entities(text, lang).stream().filter(e -> e.startsWith("Organization:") || e.startsWith("Person:")).toList();
    }

    @Test
    void aHouseWordBeforeASuffixIsTheName() {
        List<String> es = orgs("Skeptisch äußerte sich Jana Vogt, Analystin der Elbhaus Privatbank.", "de");
        assertTrue(es.contains("Organization:Elbhaus Privatbank"), es.toString());
        assertFalse(es.contains("Organization:Privatbank"), es.toString());
    }

    @Test
    void aPublisherNamedAfterItsFounder() {
        List<String> es = orgs("Auch der Schulbuchverlag Konrad Brandauer aus Leipzig ist eingestiegen.", "de");
        assertTrue(es.contains("Organization:Konrad Brandauer"), es.toString());
        assertFalse(es.contains("Person:Konrad Brandauer"), es.toString());
    }

    @Test
    void aGluedHoldingBeforeTheCompanysOwnName() {
        List<String> es = orgs("Die Runde führte eine Tochter der Moretti-Holding Vantra an.", "de");
        assertTrue(es.contains("Organization:Vantra"), es.toString());
        assertFalse(es.contains("Organization:Moretti-Holding"), es.toString());
    }

    @Test
    void anInitialBeforeTheName() {
        List<String> es = orgs("Fidelity and J. Halden Price Associates also bought shares.", "en");
        assertTrue(es.contains("Organization:J. Halden Price Associates"), es.toString());
    }

    @Test
    void theKindOfHouseIsNoPartOfItsName() {
        List<String> es = orgs("Außerdem steigen das Family Office Birkenhain Capital aus Zürich und zwei Banken ein.", "de");
        assertTrue(es.contains("Organization:Birkenhain Capital"), es.toString());
        assertFalse(es.contains("Organization:Family Office Birkenhain Capital"), es.toString());
    }

    @Test
    void languagesNationalitiesAndPossessivesAreNoNames() {
        List<String> de = orgs("Das Start-up Kranich aus Shanghai, auf Chinesisch Hexiao Robotics, wächst.", "de");
        assertFalse(de.contains("Organization:Chinesisch Hexiao Robotics"), de.toString());
        List<String> en = orgs("Shares of Japanese and South Korean makers of gears jumped. Its models power Payvio's AI assistants.", "en");
        assertFalse(en.contains("Organization:Japanese"), en.toString());
        assertFalse(en.contains("Organization:Payvio's AI"), en.toString());
    }

    @Test
    void electronicsMakersAndInvestorsBySuffix() {
        List<String> en = orgs("Nabtesco rose 3.6% and Kawabe Electric added 2.1%. Lumino Microelectronics, a designer of inference cards, "
                + "rose too. The round was led by Kaszek, with Serra Branca Capital and Quorn Investors also taking part.", "en");
        assertTrue(en.contains("Organization:Kawabe Electric"), en.toString());
        assertFalse(en.contains("Person:Kawabe Electric"), en.toString());
        assertTrue(en.contains("Organization:Lumino Microelectronics"), en.toString());
        assertTrue(en.contains("Organization:Quorn Investors"), en.toString());
        // A common word before the suffix names a kind of investor.
        List<String> kinds = orgs("Retail Investors and Institutional Investors bought the Consumer Electronics shares.", "en");
        assertTrue(kinds.isEmpty(), kinds.toString());
    }

    @Test
    void aPlacesPossessiveAndASchoolsTownAreNoPartOfTheName() {
        List<String> es = orgs("Halyard Ventures and Winnipeg's Tamarack Capital led the round; its founder once taught at Prairieview "
                + "University in Regina.", "en");
        assertTrue(es.contains("Organization:Tamarack Capital"), es.toString());
        assertTrue(es.contains("Organization:Prairieview University"), es.toString());
        assertFalse(es.stream().anyMatch(e -> e.contains("Winnipeg's") || e.contains("in Regina")), es.toString());
    }

    @Test
    void aGivenNameBeforeALifeScienceSuffixNamesAFirm() {
        List<String> es = orgs("Greta Genomics, founded in Basel in 2019, sells its test to hospitals.", "en");
        assertTrue(es.contains("Organization:Greta Genomics"), es.toString());
        assertFalse(es.contains("Person:Greta Genomics"), es.toString());
    }

    @Test
    void anOfficeAMajorityAndARivalAreNoCompanies() {
        List<String> en = orgs("The grant was announced under Prime Minister Elaine Morrow in May. Rival Cobalt Bank, which under chief "
                + "executive Tomas Reyes is cutting branches, declined to comment.", "en");
        assertFalse(en.contains("Organization:Prime"), en.toString());
        assertFalse(en.stream().anyMatch(e -> e.startsWith("Person:Rival")), en.toString());
        List<String> de = orgs("Der Finanzinvestor Halvard Partners übernahm die Mehrheit, die Pensionskasse hält den Rest.", "de");
        assertFalse(de.contains("Organization:Mehrheit"), de.toString());
    }

    @Test
    void aListingInBracketsAfterTheShareNoun() {
        List<String> es = orgs("Corvana shares (BMV: CRVNAB) lost 1.1% on Wednesday, and Tavira's preferred shares (B3: TAVR4) rose 1.8%.", "en");
        assertTrue(es.contains("Organization:Corvana"), es.toString());
        assertTrue(es.contains("Organization:Tavira"), es.toString());
    }

    @Test
    void techAndDataInsideAFundsName() {
        List<String> de = orgs("Der Fonds Tamarisk Deep Tech Capital führte die Runde an.", "de");
        assertTrue(de.contains("Organization:Tamarisk Deep Tech Capital"), de.toString());
        List<String> en = orgs("Galway Deep Tech Partners led the round, with Corva Tech Fund joining.", "en");
        assertTrue(en.contains("Organization:Galway Deep Tech Partners"), en.toString());
        assertTrue(en.contains("Organization:Corva Tech Fund"), en.toString());
    }

    @Test
    void aResearchCentreIsNoPerson() {
        List<String> es = orgs("Das gemeinnützige Forschungszentrum Velka, gegründet von dem Informatiker Arne Lindqvist, baut Sprachmodelle.", "de");
        assertTrue(es.contains("Organization:Velka"), es.toString());
        assertFalse(es.stream().anyMatch(e -> e.startsWith("Person:Forschungszentrum")), es.toString());
    }

    @Test
    void aFundAfterARoleNounWhoseNameGoesOnWithTech() {
        List<String> es = orgs("Angeführt wird sie vom Hamburger Wagniskapitalgeber Elbwerk Deep Tech Capital.", "de");
        assertTrue(es.contains("Organization:Elbwerk Deep Tech Capital"), es.toString());
        assertFalse(es.stream().anyMatch(e -> e.startsWith("Person:")), es.toString());
    }

    @Test
    void aContextLabelInsideAnotherCompanysName() {
        List<String> es = orgs("A smaller rival is moving faster. Meridian Comet Systems, a Denver start-up that builds radar satellites for "
                + "defence customers, said on Wednesday it had closed a $75 million Series B round led by Nvidia, with Oracle also taking part.", "en");
        assertFalse(es.contains("Organization:Comet Holding"), es.toString());
        assertTrue(es.contains("Organization:Meridian Comet Systems"), es.toString());
    }

    @Test
    void anEmployerDescribedAsABoutiqueOrAThinkTank() {
        List<String> es = orgs("\"It is tiny,\" said Paul Grenier, an analyst at Corbeau Recherche, a research boutique based in Paris.", "en");
        assertTrue(es.contains("Organization:Corbeau Recherche"), es.toString());
    }

    @Test
    void aContextLabelJoinedByAnAmpersandIsPartOfAnotherName() {
        List<String> es = orgs("Analystin Katrin Moll vom Analysehaus Lindqvist & Sequoia Research in Frankfurt sagte, der Vergleich mit "
                + "den Fonds von Fidelity sei schief.", "de");
        assertFalse(es.contains("Organization:Sequoia Capital"), es.toString());
    }

    @Test
    void aPlaceBeforeAContextLabelAndAFundWordOpensTheName() {
        List<String> es = orgs("Tikiti raised $4 million last week from Savannah Delta Capital, a Johannesburg-based growth fund.", "en");
        assertTrue(es.contains("Organization:Savannah Delta Capital"), es.toString());
        List<String> de = orgs("Angeführt wurde die Runde vom Wagniskapitalarm Delta Capital der Fluglinie.", "de");
        assertTrue(de.contains("Organization:Delta Capital"), de.toString());
    }

    @Test
    void aDescriptorAfterAKnownCompanyIsNoCompanyOfItsOwn() {
        List<String> es = orgs("MTN has carved its payments business into MTN Group Fintech, a unit in which a card network took a stake.", "en");
        assertFalse(es.contains("Organization:Fintech"), es.toString());
    }

    @Test
    void aCountryBeforeATitleOwnsNoCompany() {
        List<String> de = orgs("Die Zusage kam beim Staatsbesuch von Kenias Präsident William Ruto in Washington.", "de");
        assertFalse(de.contains("Organization:Kenias"), de.toString());
        assertTrue(de.contains("Person:William Ruto"), de.toString());
        List<String> en = orgs("The pledge came as Ghana's President John Mahama visited Accra's new data centre.", "en");
        assertFalse(en.stream().anyMatch(e -> e.startsWith("Organization:Ghana")), en.toString());
    }

    @Test
    void germanDescriptorsOfAVentureArmAndAConsultancy() {
        List<String> arm = orgs("Beteiligt ist auch der Risikokapitalarm Valoris Ventures des Pharmakonzerns.", "de");
        assertTrue(arm.contains("Organization:Valoris Ventures"), arm.toString());
        List<String> consult = orgs("Das schätzt Lena Brandt von der Beratung Rheinkontor Research.", "de");
        assertTrue(consult.contains("Organization:Rheinkontor Research"), consult.toString());
    }

    @Test
    void aPersonsGenitiveBeforeGruppeNamesTheirGroupNotACompanyCalledSo() {
        List<String> es = orgs("Gegründet hat Cassiro der Unternehmer Strive Madunda. Madundas Gruppe betreibt bereits Rechenzentren.", "de");
        assertFalse(es.stream().anyMatch(e -> e.contains("Madundas")), es.toString());
    }

    @Test
    void aDescriptorOpeningTheSentenceIsNoPartOfTheName() {
        List<String> es = orgs("Conglomerate Peter Vance Holdings, one of the heaviest stocks in the index, slipped 1.2%.", "en");
        assertTrue(es.contains("Organization:Peter Vance Holdings"), es.toString());
    }

    @Test
    void aFinancialInvestorAPlaceAfterAusAndAHouseNamedBefore() {
        List<String> es = orgs("Imagination Systems aus Kings Langley, die dem Finanzinvestor Canyon Ridge gehört, baut Grafikkerne.", "de");
        assertTrue(es.contains("Organization:Canyon Ridge"), es.toString());
        assertFalse(es.stream().anyMatch(e -> e.contains("Kings Langley") || e.equals("Person:Canyon Ridge")), es.toString());
        List<String> house = orgs("Die Großbank hält inzwischen 26 Prozent der Stimmrechte an dem Frankfurter Institut.", "de");
        assertFalse(house.contains("Organization:Frankfurter Institut"), house.toString());
        List<String> specialist = orgs("Synopsys hat den Spezialisten Ostwind CAE Systems übernommen.", "de");
        assertTrue(specialist.contains("Organization:Ostwind CAE Systems"), specialist.toString());
    }

    @Test
    void aPlusSignJoinsTheWordsOfALabel() {
        List<String> de = orgs("Der Rivale Kuehne+Nagel verlor Marktanteile, auch Kühne + Nagel selbst sprach davon.", "de");
        assertTrue(de.contains("Organization:Kuehne+Nagel"), de.toString());
        assertFalse(de.contains("Organization:Kuehne") || de.contains("Organization:Nagel"), de.toString());
    }

    @Test
    void noTypoAfterAnIndefiniteArticle() {
        // Two swapped letters: a typo anywhere else (a replaced letter in a word this short names another firm).
        List<String> de = orgs("„Die Firma ist eher eine Generlai mit Kreditbuch“, sagte die Analystin.", "de");
        assertFalse(de.contains("Organization:Generali"), de.toString());
        List<String> typo = orgs("Auch Generlai meldete am Montag höhere Prämien.", "de");
        assertTrue(typo.contains("Organization:Generali"), typo.toString());
    }

    @Test
    void aChipLinesOwnWordsGluedToItsName() {
        List<String> de = Extract.entities("Der neue Chip stammt aus Nvidias Hopper-Generation und ist schneller.", "de");
        assertTrue(de.contains("Chip:Hopper"), de.toString());
        List<String> en = Extract.entities("Engineers praised the Hopper architecture for its memory.", "en");
        assertTrue(en.contains("Chip:Hopper"), en.toString());
    }

    @Test
    void noTypoWithADotOrTwoEditsInABrandCasedWord() {
        List<String> place = orgs("Delegates met in Cambrai on Monday to talk about data centres.", "en");
        assertFalse(place.contains("Organization:CAMB.AI"), place.toString());
        List<String> brand = Extract.entities("Auch SuperTOBi meldete am Montag neue Aufträge.", "de");
        assertFalse(brand.contains("Organization:Supertonic"), brand.toString());
        // One letter off is still a typo of the name.
        List<String> typo = orgs("Auch Supertonik meldete am Montag neue Aufträge.", "de");
        assertTrue(typo.contains("Organization:Supertonic"), typo.toString());
    }

    @Test
    void aGivenNameBeforeCommonWordsAndASuffixOpensTheName() {
        List<String> es = orgs("The round was led by Index Ventures, with Tokyo's Sakura Frontier Capital participating.", "en");
        assertTrue(es.contains("Organization:Sakura Frontier Capital"), es.toString());
        es = orgs("Auch die Naomi Frontier Ventures aus Osaka beteiligte sich an der Runde.", "de");
        assertTrue(es.contains("Organization:Naomi Frontier Ventures"), es.toString());
        es = orgs("The round was led by the Tokyo hedge fund Sakura Harbor Capital.", "en");
        assertTrue(es.contains("Organization:Sakura Harbor Capital"), es.toString());
        // A surname that is no common word keeps the given name a person's.
        es = orgs("The stake went to Peter Thielmann Capital last year.", "en");
        assertFalse(es.contains("Organization:Peter Thielmann Capital"), es.toString());
    }

    @Test
    void aCapitalisedAdjectiveBeforeABanksCompoundNamesTheBank() {
        List<String> es = orgs("Analystin Mira Kessel von der Friesischen Handelsbank sieht die Pläne skeptisch.", "de");
        assertTrue(es.contains("Organization:Friesischen Handelsbank"), es.toString());
        es = orgs("Auch die Pommersche Volksbank meldete höhere Gewinne.", "de");
        assertTrue(es.contains("Organization:Pommersche Volksbank"), es.toString());
        // A lower-case adjective is no name.
        es = orgs("Die Aktie der friesischen Handelsbank fiel.", "de");
        assertFalse(es.stream().anyMatch(e -> e.contains("Handelsbank")), es.toString());
    }

    @Test
    void noNameFromAPlaceAbbreviationAHeadingInCapitalsOrAGermanNounAfterAnAdjective() {
        List<String> es = orgs("Die Aktie des Datenanbieters mit Sitz in St. Gallen (NASDAQ: SRAD) fiel am Dienstag.", "de");
        assertFalse(es.contains("Organization:Gallen"), es.toString());
        es = orgs("THE START-UP ANGLE\n\nThe boom also reaches smaller companies.", "en");
        assertFalse(es.contains("Organization:ANGLE"), es.toString());
        es = orgs("Der bayerische Drohnenbauer sammelt 160 Millionen Euro ein und ist nun mehr wert.", "de");
        assertFalse(es.contains("Organization:Drohnenbauer"), es.toString());
        // A name of its own still raises money, and a listed name before its brackets still counts.
        es = orgs("Das bayerische Start-up Quadrix sammelt 160 Millionen Euro ein.", "de");
        assertTrue(es.contains("Organization:Quadrix"), es.toString());
        es = orgs("Shares of Kestrelon (ASX: KST) rose.", "en");
        assertTrue(es.contains("Organization:Kestrelon"), es.toString());
    }

    @Test
    void oneReplacedLetterInAFundsShortWordIsAnotherFund() {
        List<String> es = orgs("The round saw participation from Kita Ventures and others.", "en");
        assertFalse(es.contains("Organization:Kima Ventures"), es.toString());
        assertTrue(es.contains("Organization:Kita Ventures"), es.toString());
        es = orgs("The round saw participation from Kima Venturs and others.", "en");
        assertTrue(es.contains("Organization:Kima Ventures"), es.toString());
    }

    @Test
    void aGermanFundNamedWithFondsAndNotAPersonsFund() {
        List<String> es = orgs("Angeführt wurde die Runde vom Neckar Deep Tech Fonds, auch der Isar Deep Tech Fonds beteiligte sich.", "de");
        assertTrue(es.containsAll(List.of("Organization:Neckar Deep Tech Fonds", "Organization:Isar Deep Tech Fonds")), es.toString());
        es = orgs("Der Investor Tarek Haddad sprach von einer Wende. Haddads Fonds hat die Runde angeführt.", "de");
        assertFalse(es.contains("Organization:Haddads Fonds"), es.toString());
        es = orgs("Angeführt wird sie von Neckar Capital Partners, einem Stuttgarter Fonds für Medizintechnik.", "de");
        assertFalse(es.contains("Organization:Stuttgarter Fonds"), es.toString());
        assertTrue(es.contains("Organization:Neckar Capital Partners"), es.toString());
        es = orgs("Der Fonds investierte im Mai.", "de");
        assertFalse(es.stream().anyMatch(e -> e.startsWith("Organization:")), es.toString());
    }

    @Test
    void aBroadcastersNounBeforeItsNameIsNoPartOfIt() {
        // Round 87: "der Kieler Privatsender Radio Nordwelle, eine Tochter der Hanse Mediengruppe".
        List<String> es = orgs("Der Kieler Privatsender Radio Wellenbrand, eine Tochter der Falkenau Mediengruppe, sendet nachts mit KI.", "de");
        assertTrue(es.contains("Organization:Radio Wellenbrand"), es.toString());
        assertTrue(es.contains("Organization:Falkenau Mediengruppe"), es.toString());
        assertFalse(es.stream().anyMatch(e -> e.contains("Privatsender")), es.toString());
        List<String> regional = orgs("Das Programm des öffentlich-rechtlichen Regionalsenders Radio Borowa wächst.", "de");
        assertTrue(regional.contains("Organization:Radio Borowa"), regional.toString());
    }

    @Test
    void aGermanDativeAppositionDescribesTheCompanyBeforeIt() {
        // Round 87: "im Wettbewerb mit BookBeat, dem Hörbuchdienst der Bonnier-Gruppe".
        List<String> es = orgs("Im Wettbewerb mit Lauschwerk, dem Hörbuchdienst der Verlagsgruppe, gehe es um Auswahl.", "de");
        assertTrue(es.contains("Organization:Lauschwerk"), es.toString());
        // A relative clause with a company noun as its subject, and a place before an apposition, name no company.
        List<String> relative = orgs("Siemens Energy liefert Gasturbinen und Netztechnik, die Betreiber von Rechenzentren nutzen.", "de");
        assertFalse(relative.contains("Organization:Netztechnik"), relative.toString());
        List<String> place = orgs("Die Chips kommen aus einem Werk in Dresden, dem Gemeinschaftsunternehmen von vier Konzernen.", "de");
        assertFalse(place.contains("Organization:Dresden"), place.toString());
    }

    @Test
    void brothersEndsABanksName() {
        // Round 88: "Analyst bei der New Yorker Investmentbank Halloway Brothers" (not the genitive of Brother Industries).
        List<String> de = orgs("Microsoft ist seit 2018 direkt an Nvidia beteiligt und hält zudem knapp die Hälfte an der Familienholding "
                + "Calloway Brothers.", "de");
        assertTrue(de.contains("Organization:Calloway Brothers"), de.toString());
        assertFalse(de.contains("Organization:Brother Industries"), de.toString());
        List<String> en = orgs("Tom Brennan, an analyst at the New York investment bank Calloway Brothers, agreed.", "en");
        assertTrue(en.contains("Organization:Calloway Brothers"), en.toString());
    }
}
