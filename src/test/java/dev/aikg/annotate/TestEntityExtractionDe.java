package dev.aikg.annotate;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** German phenomena of entity extraction, one test per rule or fixed error. Sentences are our own. */
class TestEntityExtractionDe {

    private static boolean has(String text, String entity) {
        return Extract.entities(text, "de").contains(entity);
    }

    @Test
    void derGenitivVonInvestorIstKeinFirmenzusatz() {
        // Runde 39: "des Hamburger Investors Elbtal Capital" hatte "Hamburger Investors" zur Firma gemacht.
        List<String> found = Extract.entities("Lumora hatte eine Finanzierung des Hamburger Investors Elbtal Capital erhalten.", "de");
        assertFalse(found.contains("Organization:Hamburger Investors"), found.toString());
        assertTrue(found.contains("Organization:Elbtal Capital"), found.toString());
    }

    @Test
    void einSatzadverbUndEinDezimalkommaSindKeineNamen() {
        // Runde 37: "Insgesamt" war der Geldsammler, "Mistral 1,7" ein Modell.
        List<String> found = Extract.entities("Die Firma hat Llama 3.1 angepasst. Insgesamt sammelt Mistral 1,7 Milliarden Euro ein, "
                + "bislang hatte Qwen 2,5 Milliarden Nutzer.", "de");
        assertFalse(found.contains("Organization:Insgesamt"), found.toString());
        assertFalse(found.stream().anyMatch(e -> e.contains(",")), found.toString());
        assertTrue(found.contains("AIModel:Llama 3.1"), found.toString());
    }

    @Test
    void einOrtVorEinemSatzMitFirmennomenIstKeineFirma() {
        List<String> found = Extract.entities("Der Firmensitz ist in Freiburg, ein zweites Büro unterhält das Start-up in Berlin.", "de");
        assertFalse(found.contains("Organization:Freiburg"), found.toString());
        List<String> from = Extract.entities("Das Start-up Nuvolith Memory aus Daejeon, eine Ausgründung des Korea Advanced Institute of Science and Technology, sammelte Geld ein.", "de");
        assertFalse(from.contains("Organization:Daejeon"), from.toString());
        assertTrue(from.contains("Organization:Nuvolith Memory"), from.toString());
        assertTrue(Extract.entities("Investiert hat Kestrel in Quillbase, ein junges Berliner Start-up.", "de")
                .contains("Organization:Quillbase"), "eine Apposition mit Ortsadjektiv");
    }

    @Test
    void einBeschreibendesFinanzwortGehoertNichtZumNamen() {
        List<String> found = Extract.entities("Angeführt wurde die Runde vom Wachstumsfonds Isarkamm Growth Partners, auch der "
                + "Geldgeber Lumora Ventures und die Elbstrom Invest beteiligten sich. Das Insurtech Schadenfrei AI wächst.", "de");
        assertTrue(found.contains("Organization:Isarkamm Growth Partners"), found.toString());
        assertTrue(found.contains("Organization:Lumora Ventures"), found.toString());
        assertTrue(found.contains("Organization:Elbstrom Invest"), found.toString());
        assertTrue(found.contains("Organization:Schadenfrei AI"), found.toString());
    }

    @Test
    void eineKanzleiVorIhremNamen() {
        List<String> found = Extract.entities("Das sagt Johanna Reimers, Partnerin der Wirtschaftskanzlei Hallstein Brenner aus Hamburg. "
                + "Die Großkanzlei Feldmann Rauch berät das Start-up.", "de");
        assertTrue(found.contains("Organization:Hallstein Brenner"), found.toString());
        assertTrue(found.contains("Organization:Feldmann Rauch"), found.toString());
    }

    @Test
    void einModellImBesitzDesUnternehmensMitNamen() {
        List<String> found = Extract.entities("Die Firma sammelte Geld ein. Ihr Strukturmodell RM-Fold basiert auf einem offenen Modell. "
                + "Sein Modell Werkbank-Coder läuft auf Nvidia-Chips.", "de");
        assertTrue(found.contains("AIModel:RM-Fold"), found.toString());
        assertTrue(found.contains("AIModel:Werkbank-Coder"), found.toString());
        assertFalse(Extract.entities("Ihr Geschäftsmodell Abo ist umstritten.", "de").contains("AIModel:Abo"), "ein Geschäftsmodell");
    }

    @Test
    void vermoegensverwalterRechenzentrumsbetreiberUndWirkstoffentwickler() {
        List<String> found = Extract.entities("Das sagte Ida Morioka, Strategin beim Vermögensverwalter Fjellborg Asset Management. "
                + "Das Modell wurde beim Rechenzentrumsbetreiber Nordhafen Compute trainiert. "
                + "Die Rheinmolekül Therapeutics aus Köln erhielt 18 Millionen Euro.", "de");
        assertTrue(found.contains("Organization:Fjellborg Asset Management"), found.toString());
        assertFalse(found.contains("Person:Fjellborg Asset"), found.toString());
        assertTrue(found.contains("Organization:Nordhafen Compute"), found.toString());
        assertTrue(found.contains("Organization:Rheinmolekül Therapeutics"), found.toString());
    }

    @Test
    void zweiNamenswoerterInEinerListeVonPersonenSindEinePerson() {
        List<String> found = Extract.entities("Gegründet wurde Loomwerk 2023 von Max Junestrand, Sigrun Falkenrath und Oskar Vettel.", "de");
        assertTrue(found.contains("Person:Sigrun Falkenrath"), found.toString());
        List<String> odd = Extract.entities("Gegründet wurde Loomwerk 2023 von Max Junestrand, Sigge Labor und August Erséus.", "de");
        assertTrue(odd.contains("Person:Sigge Labor"), "a surname that is also a noun, after a given name: " + odd);
        assertTrue(odd.contains("Person:August Erséus"), "a month as a given name: " + odd);
        assertFalse(Extract.entities("Die Firmen Kestrel und Lumen meldeten im Mai, Juni und August Verluste.", "de")
                .stream().anyMatch(e -> e.startsWith("Person:")), "no person in the list, no person item");
        List<String> before = Extract.entities("Zu den Gründern zählen Sualeh Qoreshi, Michael Brandt und Tomasz Wierzbicki.", "de");
        assertTrue(before.contains("Person:Sualeh Qoreshi"), before.toString());
    }

    @Test
    void eineVersionNachEinerBekanntenModellfamilieIstEinEigenesModell() {
        List<String> found = Extract.entities("Das Nachfolgemodell AlphaFold 3 sagt auch Bindungen an DNA voraus.", "de");
        assertTrue(found.contains("AIModel:AlphaFold 3"), found.toString());
        assertFalse(Extract.entities("Die Aktie von AlphaFold 3 Prozent im Plus.", "de").contains("AIModel:AlphaFold 3"),
                "eine Menge, keine Version");
    }

    @Test
    void eineInKlammernEingefuehrteAbkuerzungStehtFuerDenNamen() {
        String text = "Die Nordlicht Daten Systeme AG (NDS) hat am Montag einen Großauftrag gemeldet. "
                + "NDS will dafür 200 Fachleute einstellen, teilte das Unternehmen mit.";
        assertEquals(List.of("Nordlicht Daten Systeme AG", "NDS", "NDS"),
                Extract.surfaces(text, "de", "Nordlicht Daten Systeme AG"));
    }

    @Test
    void eineChipGenerationAlsBindestrichKompositum() {
        assertTrue(Extract.entities("Bis zu 10.000 Grafikprozessoren der Velora-Generation sollen dort arbeiten.", "de")
                .contains("Chip:Velora"));
        assertFalse(Extract.entities("Die Boomer-Generation kauft Aktien.", "de").stream().anyMatch(f -> f.startsWith("Chip:")));
    }

    @Test
    void autorzeileNenntKeineEntitaet() {
        assertFalse(has("Von Wiebke Harms\nDie Aktien fielen am Montag.", "Person:Wiebke Harms"));
        assertFalse(has("*Von Lena Vogt*\nDie Aktien fielen am Montag.", "Person:Lena Vogt"));
        assertFalse(Extract.entities("Von Montag bis Freitag fielen die Kurse.", "de").stream().anyMatch(f -> f.startsWith("Person:")));
    }

    @Test
    void einBekannterNameIstKeinTippfehlerEinesAnderen() {
        var mistral = new dev.aikg.lexicon.LexiconEntry("org/mistral-ai", dev.aikg.model.EntityType.ORGANIZATION, "Company",
                "Mistral AI", List.of("Mistral AI"), List.of("Mistral"), null, null, null, java.util.Map.of());
        var mixtral = new dev.aikg.lexicon.LexiconEntry("model/mixtral", dev.aikg.model.EntityType.AI_MODEL, null,
                "Mixtral 8x7B", List.of("Mixtral 8x7B", "Mixtral"), List.of(), null, null, null,
                java.util.Map.of("developedBy", List.of("org/mistral-ai")));
        var x = Pipelines.standard(new dev.aikg.lexicon.Lexicon(List.of(mistral, mixtral)), StageTimings.NONE).extract(
                new dev.aikg.model.Document("t", null, "Am Wochenende wehte der Mistral kräftig durch das Rhônetal.", "de", null, null, null));
        assertTrue(x.entities().isEmpty(), "the wind is neither the company nor a misspelt Mixtral: " + x.entities());
    }

    @Test
    void einBeschreibendesNomenGehoertNichtZumFirmennamen() {
        List<String> found = Extract.entities("Das sagt die Geschäftsführerin des Kölner Softwarehauses Datenwerk GmbH.", "de");
        assertTrue(found.contains("Organization:Datenwerk GmbH"), found.toString());
        assertFalse(found.stream().anyMatch(f -> f.contains("Softwarehauses")), found.toString());
    }

    @Test
    void doppelterVornameMitBindestrich() {
        assertTrue(has("Auch Jan-Hendrik van der Berg, Partner bei der Firma, warnt.", "Person:Jan-Hendrik van der Berg"));
        assertTrue(has("Das sagte Anna-Lena Krüger am Montag.", "Person:Anna-Lena Krüger"));
        assertFalse(Extract.entities("Die Jan-Aktion lief gut.", "de").stream().anyMatch(f -> f.startsWith("Person:")));
    }

    @Test
    void hochschulenMitOrtOderFach() {
        assertTrue(has("Professorin Katharina Zweig von der Technischen Universität Kaiserslautern sagte das.",
                "Organization:Technischen Universität Kaiserslautern"));
        assertTrue(has("Forscher vom Institut für Informatik fanden es.", "Organization:Institut für Informatik"));
    }

    @Test
    void einZusammengesetztesHinweisnomenStuetztEinenMehrdeutigenNamen() {
        assertTrue(has("Der Datenkonzern Oracle erwartet mehr.", "Organization:Oracle"));
        assertFalse(has("Das Orakel Oracle sprach.", "Organization:Oracle"));
    }

    @Test
    void einTickerEinerZweitnotierungNenntDieFirma() {
        var tsmc = new dev.aikg.lexicon.LexiconEntry("org/tsmc", dev.aikg.model.EntityType.ORGANIZATION, "Company", "TSMC",
                List.of("TSMC"), List.of(), null, "TPE:2330", "XTAI", java.util.Map.of());
        var lexicon = new dev.aikg.lexicon.Lexicon(List.of(tsmc), java.util.Map.of("NYSE:TSM", "org/tsmc"));
        var x = Pipelines.standard(lexicon, StageTimings.NONE).extract(new dev.aikg.model.Document("t", null,
                "Die in New York gehandelten Hinterlegungsscheine (NYSE: TSM) stiegen um 3,9%.", "de", null, null, null));
        assertTrue(x.entities().stream().anyMatch(e -> e.id().equals("org/tsmc")), x.entities().toString());
    }

    @Test
    void eineFirmaWirdFuerEinenPreisGekauft() {
        assertTrue(has("Der Konzern übernimmt den Rivalen Quillmark für rund 400 Millionen Euro.", "Organization:Quillmark"));
        assertTrue(has("Der Softwarekonzern kauft Moveworks für 2,85 Milliarden Dollar.", "Organization:Moveworks"));
        assertFalse(has("Der Konzern kauft Aktien für 2 Milliarden Dollar zurück.", "Organization:Aktien"));
    }

    @Test
    void einVornameVorEinemVollenNamenTeiltDessenNachnamen() {
        assertTrue(has("Die Geschwister Jan und Eva Novak gründeten die Firma.", "Person:Jan Novak"));
        assertTrue(has("Die Geschwister Jan und Eva Novak gründeten die Firma.", "Person:Eva Novak"));
        assertFalse(has("Jonas Falk und Eva Novak sprachen.", "Person:Falk Novak"));
    }

    @Test
    void aktienVonEinerFirmaMitAllerweltsnamen() {
        assertTrue(has("Die Aktien von Oracle gaben nachbörslich nach.", "Organization:Oracle"));
        assertTrue(has("Anteile von Apple wechselten den Besitzer.", "Organization:Apple"));
        assertFalse(has("Ein Korb von Apple und Birne stand auf dem Tisch.", "Organization:Apple"), "von allein ist kein Hinweis");
    }

    @Test
    void genitiveAndCaseFolding() {
        assertEquals(java.util.List.of("Microsofts"), Extract.surfaces("Microsofts Quartalszahlen kamen gut an.", "de", "Microsoft"));
        assertTrue(has("Der Aufstieg von Deepseek überraschte die Börse.", "Organization:DeepSeek"));
        assertTrue(has("Nvidias Aktie fiel am Montag deutlich.", "Organization:Nvidia"));
    }

    @Test
    void hyphenCompoundsAreReadPartByPart() {
        assertTrue(has("Die Nachfrage nach Nvidia-GPUs bleibt hoch.", "Organization:Nvidia"));
        assertTrue(has("OpenAI-CEO Sam Altman äußerte sich gelassen.", "Person:Sam Altman"));
        assertTrue(has("OpenAI-CEO Sam Altman äußerte sich gelassen.", "Organization:OpenAI"));
        assertTrue(has("Im Labor liefen viele H800-Chips gleichzeitig.", "Chip:H800"));
    }

    @Test
    void contextLabelNeedsSupport() {
        // "R1" alone is a code; with the developer named it is the model, in a compound with a model cue too.
        assertTrue(has("DeepSeek stellte R1 vor, das viel Aufmerksamkeit bekam.", "AIModel:DeepSeek-R1"));
        assertTrue(has("Das R1-Modell rechnet schneller als erwartet.", "AIModel:DeepSeek-R1"));
        assertFalse(has("Die Buslinie R1 fährt heute nicht.", "AIModel:DeepSeek-R1"));
    }

    @Test
    void metaAsCompanyButNotInMetaAnalyse() {
        assertTrue(has("Die Meta-Aktie legte zu, nachdem der Konzern Zahlen vorlegte.", "Organization:Meta Platforms"));
        assertFalse(has("Eine Meta-Analyse von vierzig Studien zeigt kaum Effekte.", "Organization:Meta Platforms"));
    }

    @Test
    void contextLabelsInAListOfMovers() {
        String text = "Auch Zulieferer wie VAT (–7%) und Comet (–6%) verloren an der Börse.";
        assertTrue(has(text, "Organization:VAT Group"));
        assertTrue(has(text, "Organization:Comet Holding"));
        assertFalse(has("Die Mehrwertsteuer heisst in England VAT und ist hoch.", "Organization:VAT Group"));
    }

    @Test
    void aCommonWordCompanyDoingBusiness() {
        assertTrue(has("Apple investierte weitere vier Milliarden Dollar in das Start-up.", "Organization:Apple"));
        assertTrue(has("Oracle hat in Frankfurt eine neue Cloud-Region angekündigt.", "Organization:Oracle"));
        assertFalse(has("Im Garten hat Apple Tree Farm keine Früchte gemeldet.", "Organization:Apple"), "part of a longer name");
        assertFalse(has("Die Orakel der Antike nannte man auf Englisch Oracle, nicht Prophet.", "Organization:Oracle"));
    }

    @Test
    void anInvestorNounBeforeAnInvestmentFirm() {
        assertTrue(has("Der Risikokapitalgeber Sequoia hält weiter Anteile an dem Start-up.", "Organization:Sequoia Capital"));
        assertTrue(has("Auch der Geldgeber Sequoia war dabei.", "Organization:Sequoia Capital"));
        assertFalse(has("Im Park steht ein alter Sequoia neben der Kirche.", "Organization:Sequoia Capital"));
    }

    @Test
    void commonWordLabelIsNotTheNewspaper() {
        assertFalse(has("Zu dieser Zeit verkaufte Nvidia kaum Chips an Microsoft.", "Organization:Die Zeit"));
    }

    @Test
    void germanAdjectiveInflectionOfLabels() {
        assertTrue(has("Ein Analyst der Deutschen Bank blieb skeptisch.", "Organization:Deutsche Bank"));
    }

    @Test
    void strongAdjectivesInflectAndTheNounAfterThemTakesTheGenitive() {
        assertTrue(has("Florian Hager, Intendant des Hessischen Rundfunks, warnt vor Fälschungen.", "Organization:Hessischer Rundfunk"));
        assertTrue(has("Die Präsidentin des Statistischen Bundesamts sammelt Richtigstellungen.", "Organization:Federal Statistical Office"));
        assertTrue(has("Er kam vom Deutschen Wetterdienst zu uns.", "Organization:Deutscher Wetterdienst"));
    }

    @Test
    void aHyphenForTheSharedEndOfACompoundInsideAName() {
        assertTrue(has("Er forschte acht Jahre beim Deutschen Zentrum für Luft- und Raumfahrt in Oberpfaffenhofen.",
                "Organization:German Aerospace Center"));
        assertTrue(has("Das Deutsche Zentrum für Luft- und Raumfahrt baut einen Satelliten.", "Organization:German Aerospace Center"));
    }

    @Test
    void fuzzyTypoOfMultiWordName() {
        assertTrue(has("Auch Tokio Electron und Nvidia gaben nach.", "Organization:Tokyo Electron"));
        assertTrue(has("Der Forscher Richard Socker widersprach.", "Person:Richard Socher"));
    }

    @Test
    void aPluralOfANearWordIsNoTypo() {
        // "Solarparks" is the plural of a word one letter off "Solarpack", not a typo of it; "Solarpak" is one.
        assertFalse(has("Zugleich will der Konzern mehrere Solarparks mitfinanzieren.", "Organization:Solarpack"));
        assertTrue(has("Der Projektentwickler Solarpak gab 2 Prozent nach.", "Organization:Solarpack"));
    }

    @Test
    void aWordTheNameOpensIsNoTypo() {
        // "Kickstart" is two letters short of "Kickstarter": another name, not a slip.
        assertFalse(has("Geld kam auch von Kickstart, dem Wagniskapitalarm des Telekomkonzerns.", "Organization:Kickstarter"));
    }

    @Test
    void anotherFinalVowelIsAnotherFamily() {
        // "Adeyemi" and "Adeyemo" are two families' names.
        assertFalse(has("Samuel Adeyemi, Professor am Imperial College, widersprach.", "Person:Samuel Adeyemo"));
        assertTrue(has("Samuel Adeyemi, Professor am Imperial College, widersprach.", "Person:Samuel Adeyemi"));
    }

    @Test
    void aTypoedNameIsNoLongerNamesTailButMayFollowACueNounsGenitive() {
        // "Kanto Tokio Electron" is another company, whatever its tail looks like.
        assertFalse(has("Analyst Jo Berg von Kanto Tokio Electron sagte, die Aktie sei billig.", "Organization:Tokyo Electron"));
        assertTrue(has("Die Runde führte der Chipausrüster Tokio Electron an.", "Organization:Tokyo Electron"));
        assertTrue(has("Die Runde unter Führung des größten Anteilseigners Tokio Electron ist beendet.", "Organization:Tokyo Electron"));
    }

    @Test
    void aBrandWithAnInnerCapitalKeepsItInItsTypos() {
        // "STMicroelectronic" keeps the inner capitals of STMicroelectronics; "Stmicroelectronix" has none.
        assertFalse(has("Die Firma Stmicroelectronix gab nach.", "Organization:STMicroelectronics"));
        assertTrue(has("Der Chipkonzern STMicroelectronix gab nach.", "Organization:STMicroelectronics"));
    }

    @Test
    void aBrandCasedNameMissingItsLastLetterAfterACompanyNoun() {
        assertTrue(has("Der Chipkonzern STMicroelectronic gab 3,2 Prozent nach.", "Organization:STMicroelectronics"));
        assertFalse(has("Der Chipkonzern STMicroelectronic gab 3,2 Prozent nach.", "Organization:STMicroelectronic"));
    }

    @Test
    void garbledPlaceIsNotAFuzzyCompany() {
        assertFalse(Extract.entities("Das Quartier heisst Cerebral Valley und liegt am Hang.", "de").stream()
                .anyMatch(e -> e.startsWith("Organization")));
    }

    @Test
    void surnameCorefAfterFullName() {
        String text = "Der Gründer Liang Wenfeng schweigt. Liangs Team arbeitet weiter, sagt Liang.";
        assertEquals(java.util.List.of("Liang Wenfeng", "Liangs", "Liang"), Extract.surfaces(text, "de", "Liang Wenfeng"));
    }

    @Test
    void surnameBeforeTheFullNameIsNotLinked() {
        String text = "Altman kam spät. Später sprach Sam Altman in Berlin.";
        assertEquals(java.util.List.of("Sam Altman"), Extract.surfaces(text, "de", "Sam Altman"));
    }

    @Test
    void cuePeople() {
        assertTrue(has("Die Analystin Mirela Kovač von Acme sieht Risiken.", "Person:Mirela Kovač"));
        assertTrue(has("Laut Chefin Birgit Albers wächst das Geschäft.", "Person:Birgit Albers"));
        assertTrue(has("Das bestätigte Zhou Mingyuan, ein bekannter chinesischer Unternehmer.", "Person:Zhou Mingyuan"));
        assertTrue(has("Die Ökonomin Tilda Zhang hält das für übertrieben.", "Person:Tilda Zhang"));
    }

    @Test
    void cueOrganisations() {
        assertTrue(has("Der Hedgefonds Larkspur Quant wettet gegen Chipwerte.", "Organization:Larkspur Quant"));
        assertTrue(has("Die Studie stammt von Halvorsen Research aus Oslo.", "Organization:Halvorsen Research"));
        assertTrue(has("Das kalifornische Startup Veritune.ai sammelte Geld ein.", "Organization:Veritune.ai"));
        assertTrue(has("Kramer-CEO Lisa Wendt widersprach.", "Organization:Kramer"));
    }

    @Test
    void orgShortFormAfterSuffixedName() {
        String text = "Halvorsen Research sieht Risiken. Ein Halvorsen-Analyst rechnet mit Verlusten.";
        assertEquals(java.util.List.of("Halvorsen Research", "Halvorsen"), Extract.surfaces(text, "de", "Halvorsen Research"));
    }

    @Test
    void loneCapitalisedNounsYieldNothing() {
        assertTrue(Extract.entities("Die Regierung plant Investitionen in Rechenzentren und Forschung.", "de").isEmpty());
        assertTrue(Extract.entities("Im vergangenen Jahr hat das Unternehmen Milliarden investiert.", "de").isEmpty());
        assertTrue(Extract.entities("Hochrangige Beamte, darunter der Minister, lobten den Plan.", "de").isEmpty());
        assertTrue(Extract.entities("Das KI-Joint-Venture Helios plant neue Rechenzentren.", "de").stream()
                .noneMatch(e -> e.contains("Joint")));
    }

    @Test
    void boilerplateYieldsNoMentions() {
        String text = "Nvidia meldet Rekordumsatz.\n\nMaria Lopez / Reuters / Getty\n\n"
                + "Optimieren Sie Ihre Browsereinstellungen\n\nDiese Seite braucht JavaScript. Ihr Browser blockiert dies.\n";
        assertEquals(java.util.List.of("Organization:Nvidia"), Extract.entities(text, "de"));
    }

    @Test
    void surnameOfKnownPersonInCompound() {
        assertTrue(has("Die Biden-Regierung verschärfte die Exportregeln.", "Person:Joe Biden"));
    }

    @Test
    void einKoreanischerNameNachEinemRollenwort() {
        assertTrue(has("Samsung-Chef Jun Young-hyun sagte, die Nachfrage bleibe hoch.", "Person:Jun Young-hyun"),
                "Jun ist auch eine Monatsabkürzung, hier aber Familienname");
    }

    @Test
    void dasStartUpBehältSeinenNamenszusatz() {
        List<String> found = Extract.entities("Das Start-up Sakana AI aus Tokio hat ein neues Modell vorgestellt.", "de");
        assertTrue(found.contains("Organization:Sakana AI"), found.toString());
        assertFalse(found.contains("Organization:Sakana"), found.toString());
    }

    @Test
    void einProduktMitAiImNamenIstKeinUnternehmen() {
        List<String> found = Extract.entities("Microsofts Azure AI bietet das Modell seit Mittwoch an.", "de");
        assertFalse(found.contains("Organization:Azure AI"), found.toString());
        assertTrue(found.contains("Organization:Microsoft"), found.toString());
    }

    @Test
    void eineModellreiheStütztEinMehrdeutigesLabel() {
        assertTrue(has("Die Claude-Reihe gilt unter Entwicklern als stark.", "AIModel:Claude"));
    }

    @Test
    void eineUniversitätIstKeinePerson() {
        List<String> found = Extract.entities("Der Halbleiterexperte Chris Miller von der Tufts University warnte davor.", "de");
        assertTrue(found.contains("Organization:Tufts University"), found.toString());
        assertTrue(found.contains("Person:Chris Miller"), found.toString());
    }

    @Test
    void eineChipgenerationMitPersonennamen() {
        assertTrue(has("Huang kündigte die nächste Chipgeneration Rubin an.", "Chip:Rubin"));
        assertTrue(has("Die Rubin-GPUs sollen 2026 auf den Markt kommen.", "Chip:Rubin"));
        List<String> none = Extract.entities("Die KI-Chips und China-GPUs sind knapp, die Mixture-of-Experts-Beschleuniger auch.", "de");
        assertFalse(none.stream().anyMatch(e -> e.startsWith("Chip:")), none.toString());
    }

    @Test
    void einVorstandstitelIstKeinVorname() {
        List<String> found = Extract.entities("\"Die Nachfrage hält an\", sagte Finanzvorstand Maria Ferraro in einer Telefonkonferenz.", "de");
        assertTrue(found.contains("Person:Maria Ferraro"), found.toString());
        assertFalse(found.stream().anyMatch(e -> e.contains("Finanzvorstand")), found.toString());
    }

    @Test
    void einRollenwortImKompositumStütztDenFirmennamen() {
        assertTrue(has("Meta-Chefwissenschaftler Yann Brun betonte, offene Modelle hätten gewonnen.", "Organization:Meta Platforms"));
        assertFalse(has("Die Meta-Analyse zeigte keinen Effekt.", "Organization:Meta Platforms"));
    }

    @Test
    void einPossessivpronomenVorDemTitelIstKeineFirma() {
        List<String> found = Extract.entities("Der Suchmaschinenbetreiber Quellwerk rüstet auf. Dessen Gründer Robin Lau stellte ein "
                + "neues Modell vor. Deren Chef Tom Berger schwieg.", "de");
        assertFalse(found.stream().anyMatch(e -> e.endsWith(":Dessen") || e.endsWith(":Deren")), found.toString());
        assertTrue(found.contains("Person:Robin Lau"), found.toString());
    }

    @Test
    void einModellMitStufeVorDerVersion() {
        List<String> found = Extract.entities("Das jüngste Modell Mistral Medium 3 soll an Claude Sonnet 3.7 heranreichen.", "de");
        assertTrue(found.contains("AIModel:Mistral Medium 3"), found.toString());
        assertTrue(found.contains("AIModel:Claude Sonnet 3.7"), found.toString());
        assertFalse(found.stream().anyMatch(e -> e.startsWith("Person:")), found.toString());
    }

    @Test
    void einVornameDerAuchEinMonatIst() {
        assertTrue(has("Das Start-up n8n, gegründet von Jan Oberhauser, wächst.", "Person:Jan Oberhauser"));
        List<String> dates = Extract.entities("Seit Jan Wachstum, am 27. Jan Verluste und im Jan Gewinne.", "de");
        assertFalse(dates.stream().anyMatch(e -> e.startsWith("Person:")), dates.toString());
    }

    @Test
    void eineEigenePlattformIstKeineFirma() {
        List<String> found = Extract.entities("Karp lobte die Nachfrage nach seiner KI-Plattform AIP.", "de");
        assertFalse(found.contains("Organization:AIP"), found.toString());
    }

    @Test
    void einVornameVorEinemMinistertitel() {
        assertTrue(has("Bundesdigitalminister Karsten Wildberger lobte das Projekt.", "Person:Karsten Wildberger"));
    }

    @Test
    void einNameNachVonIstKeinSprecher() {
        List<String> found = Extract.entities("Die Risikokapitalgeberin Jeannette zu Fürstenberg von La Famiglia sagte das.", "de");
        assertTrue(found.contains("Person:Jeannette zu Fürstenberg"), found.toString());
        assertFalse(found.contains("Person:La Famiglia"), found.toString());
    }

    @Test
    void eineUniversitätMitIhrerStadt() {
        List<String> found = Extract.entities("Die Informatikerin Ute Schmid von der Universität Bamberg warnte vor einem Hype.", "de");
        assertTrue(found.contains("Organization:Universität Bamberg"), found.toString());
        assertFalse(Extract.entities("Die Universität ist voll.", "de").stream().anyMatch(e -> e.startsWith("Organization:")));
    }

    @Test
    void einKompositumMitFirmenkopfVorEinemNamen() {
        assertTrue(has("Das Spin-off wurde vom US-Sicherheitskonzern Cyber Ark übernommen.", "Organization:Cyber Ark"));
        List<String> none = Extract.entities("Die Halbleiterhersteller Europas leiden, der Sicherheitskonzern wächst.", "de");
        assertFalse(none.stream().anyMatch(e -> e.startsWith("Organization:")), none.toString());
        assertTrue(has("Der Waferhersteller Quarzwerk legte um 1,8 Prozent zu.", "Organization:Quarzwerk"), "one word after a singular");
        List<String> glued = Extract.entities("Die Aktie des Autochip-Spezialisten Halvor Semiconductor aus Leverkusen stieg.", "de");
        assertTrue(glued.contains("Organization:Halvor Semiconductor"), glued.toString());
        List<String> boutique = Extract.entities("Skeptisch ist Jonas Feld von der Research-Boutique Lindgrün Research.", "de");
        assertTrue(boutique.contains("Organization:Lindgrün Research"), boutique.toString());
    }

    @Test
    void eineFirmaMitApposition() {
        assertTrue(has("Die Aktien von Ostara Software, einem Anbieter von Programmen zur Schichtplanung, stiegen.", "Organization:Ostara Software"));
        assertTrue(has("Quellwerk, ein Kölner Start-up, sammelte Geld ein.", "Organization:Quellwerk"));
        assertFalse(has("Der Umsatz, ein wichtiger Faktor, stieg.", "Organization:Umsatz"));
    }

    @Test
    void aktienVonEinerUnbekanntenFirma() {
        assertTrue(has("Die Aktie von Quellwerk stieg um 3 Prozent.", "Organization:Quellwerk"));
        List<String> found = Extract.entities("Die Aktien von Privatanlegern blieben liegen.", "de");
        assertTrue(found.stream().noneMatch(e -> e.startsWith("Organization:")), found.toString());
    }

    @Test
    void unbekannteNamenUnterGeldgebern() {
        List<String> list = Extract.entities("Beteiligt sind bestehende Geldgeber, darunter Microsoft, Quorvane, Nvidia und Anthropic.", "de");
        assertTrue(list.contains("Organization:Quorvane"), list.toString());
        assertTrue(has("Die Runde wurde angeführt von Kinnemark, das Start-up sammelte 50 Millionen Euro ein.", "Organization:Kinnemark"));
        List<String> nouns = Extract.entities("Nvidia, Microsoft und Konzernen aus Europa fehlt es an Strom.", "de");
        assertFalse(nouns.contains("Organization:Konzernen"), nouns.toString());
        assertTrue(has("Vorsichtig blieb Carola Weidlich von der Landesbank.", "Person:Carola Weidlich"));
    }

    @Test
    void falscheFirmenUndChipsAusKomposita() {
        List<String> found = Extract.entities("Er wechselte als Chief AI Officer in den Konzern, sagte Henrik Voss von der "
                + "Frankfurter Research-Boutique Lindgrün Research.", "de");
        assertFalse(found.contains("Organization:Chief AI"), found.toString());
        assertFalse(found.contains("Organization:Frankfurter Research"), found.toString());
        List<String> chips = Extract.entities("Jeder Kunde, der sich von Standard-Grafikprozessoren löst, hilft Broadcom.", "de");
        assertFalse(chips.contains("Chip:Standard"), chips.toString());
        assertTrue(has("Das sagt Markus Rein, Analyst beim Vermögensverwalter Auerbach & Steyn.", "Organization:Auerbach & Steyn"));
    }

    @Test
    void gruenderNachGegruendetVon() {
        List<String> found = Extract.entities("Das Start-up wurde 2024 von Tarvo Lindqvist gegründet, mitgegründet von Yrsa Mørkvall.", "de");
        assertTrue(found.contains("Person:Yrsa Mørkvall"), found.toString());
    }

    @Test
    void gegruendeteFirmenUndRollenImBindestrich() {
        List<String> found = Extract.entities("Tarvik Systems, 2024 von der Ingenieurin Mira Olden gegründet, hat Geld eingesammelt.", "de");
        assertTrue(found.contains("Organization:Tarvik Systems"), found.toString());
        List<String> partner = Extract.entities("„Das ist gut“, sagt Isarhaus-Partnerin Leonie Harbeck.", "de");
        assertTrue(partner.contains("Person:Leonie Harbeck"), partner.toString());
        assertFalse(partner.stream().anyMatch(e -> e.contains("Partnerin")), partner.toString());
        assertTrue(has("Helsing konkurriert mit dem jungen Kamikazedrohnen-Anbieter Starkwerk.", "Organization:Starkwerk"));
        assertTrue(has("Skeptisch ist Marcus Feld vom Analysehaus Lindgren & Partner.", "Organization:Lindgren & Partner"));
    }

    @Test
    void einArtikelIstKeinNamenspartikel() {
        List<String> found = Extract.entities("Das sei beeindruckend, wie der Gründer am Rande der Messe sagte.", "de");
        assertFalse(found.stream().anyMatch(e -> e.startsWith("Person:")), found.toString());
        assertTrue(has("Das sagte Ursula von der Leyen am Montag.", "Person:Ursula von der Leyen"));
        List<String> vv = Extract.entities("Vorsichtig bleibt Tobias Wendt von der Vermögensverwaltung Lindenau Capital.", "de");
        assertTrue(vv.contains("Organization:Lindenau Capital"), vv.toString());
        List<String> model = Extract.entities("Siemens baut ein Industrial Foundation Model für die Fertigung.", "de");
        assertFalse(model.contains("Organization:Industrial Foundation"), model.toString());
    }

    @Test
    void solcheIstKeinName() {
        List<String> found = Extract.entities("Solche Kurssprünge sieht man selten: Die Aktie von Nvidia stieg um 24 Prozent.", "de");
        assertFalse(found.stream().anyMatch(e -> e.startsWith("Person:")), found.toString());
    }

    @Test
    void einGattungswortVorDerRechtsform() {
        assertTrue(has("Die Hallberg Software AG aus Karlsruhe integriert Sprachmodelle.", "Organization:Hallberg Software AG"));
    }

    // ---- vierte Blindrunde (2026-12-04): eigene Sätze zu den Fehlern, die sie zeigte ----

    @Test
    void einGenitivVorDemProduktIstDieFirmaNichtEineBeugungDesLabels() {
        List<String> found = Extract.entities("Das Modell wurde auf Googles TPU trainiert, berichtet die Deutschen Bank.", "de");
        assertTrue(found.contains("Organization:Google"), found.toString());
        assertTrue(found.contains("Chip:TPU"), found.toString());
        assertTrue(found.contains("Organization:Deutsche Bank"), "an adjective still inflects: " + found);
        assertEquals(List.of("TPU"), Extract.surfaces("Das Modell wurde auf Googles TPU trainiert.", "de", "TPU"));
    }

    @Test
    void quellenNachMitMaterialVon() {
        List<String> found = Extract.entities("Die Aktie fiel um drei Prozent. (Mit Material von Reuters und Bloomfeld Wire)", "de");
        assertFalse(found.contains("Organization:Material"), found.toString());
        assertTrue(found.contains("Organization:Reuters"), found.toString());
    }

    @Test
    void rolleMitArtikelDannNameZwischenKommas() {
        List<String> found = Extract.entities("Ihr Technikchef, Yerlan Abenov, sagte am Montag wenig.", "de");
        assertTrue(found.contains("Person:Yerlan Abenov"), found.toString());
    }

    @Test
    void derPluralEinesLabelKopfsIstKeinTippfehler() {
        assertFalse(Extract.entities("Viele Notebooks haben jetzt eigene KI-Chips.", "de").contains("AIModel:NotebookLM"));
    }

    @Test
    void hongkongerNameMitBindestrichVorDemFamiliennamen() {
        List<String> found = Extract.entities("Der Analyst Ka-shing Wong sagte, die Aktie sei zu teuer.", "de");
        assertTrue(found.contains("Person:Ka-shing Wong"), found.toString());
    }

    @Test
    void einModellUeberSeinNomen() {
        List<String> found = Extract.entities("Kestrel, ein offenes Sprachmodell aus Berlin, ist neu. "
                + "Der Konzern hat in seinen Assistenten Yunhai fremde Modelle eingebunden.", "de");
        assertTrue(found.contains("AIModel:Kestrel"), found.toString());
        assertTrue(found.contains("AIModel:Yunhai"), found.toString());
        List<String> none = Extract.entities("Das Abo-Modell kostet mehr. Das Geschäftsmodell von Brenner, ein Geschäftsmodell mit Zukunft, trägt.", "de");
        assertFalse(none.stream().anyMatch(e -> e.startsWith("AIModel:")), none.toString());
    }

    @Test
    void chipsMitCodeNebenEinemChipwort() {
        List<String> found = Extract.entities("Die Firma arbeitet an einem Inferenzchip namens KW-1 für Roboter. Vektorions Chip "
                + "VX-1 wertet Kameradaten aus. Ihr Prozessor Rhea5 soll im Rechner Jupiter arbeiten. Kinaras Ara-2-Prozessor "
                + "läuft im Gerät, der Konzern setzt auf seine S32N-Prozessoren.", "de");
        for (String chip : List.of("KW-1", "VX-1", "Rhea5", "Ara-2", "S32N")) {
            assertTrue(found.contains("Chip:" + chip), chip + " in " + found);
        }
        List<String> none = Extract.entities("Der Chip-Umsatz stieg im Q3 um 12 Prozent, die KI-Chips für 2025 sind ausverkauft.", "de");
        assertFalse(none.stream().anyMatch(e -> e.startsWith("Chip:")), none.toString());
    }

    @Test
    void modelleMitModellwortUndNamen() {
        List<String> found = Extract.entities("Ein Erkennungsmodell namens PedSense läuft in Testfahrzeugen. Das Start-up will "
                + "das Basismodell CARE ausbauen. „Unser Prüfmodell BVS-Inspect 2 haben wir auf gemieteten GPUs trainiert“, sagte sie.", "de");
        assertTrue(found.contains("AIModel:PedSense"), found.toString());
        assertTrue(found.contains("AIModel:CARE"), found.toString());
        assertTrue(found.contains("AIModel:BVS-Inspect 2"), found.toString());
        assertFalse(Extract.entities("Das Geschäftsmodell Abo ist umstritten, das Preismodell Flat auch.", "de")
                .stream().anyMatch(e -> e.startsWith("AIModel:")));
    }

    @Test
    void hausnamenMitKapitalUndPrivatbank() {
        List<String> found = Extract.entities("Beteiligt sind außerdem Kapellberg Kapital und Analyst Jonas Weber von der Helvetor "
                + "Privatbank in Zürich.", "de");
        assertTrue(found.contains("Organization:Kapellberg Kapital"), found.toString());
        assertTrue(found.contains("Organization:Helvetor Privatbank"), found.toString());
    }

    @Test
    void einKundeVorDemNamenGehoertNichtZumNamen() {
        List<String> found = Extract.entities("Wie das läuft, zeigt der Pilotkunde Kestrel Vision Systems aus Tilburg. Gegründet "
                + "wurde es von der Radiologin Miriam Kestner.", "de");
        assertTrue(found.contains("Organization:Kestrel Vision Systems"), found.toString());
        assertTrue(found.contains("Person:Miriam Kestner"), found.toString());
    }

    @Test
    void einKartellrechtlerIstEineRolleKeinName() {
        List<String> found = Extract.entities("\"Die Arbeit beginnt erst jetzt\", sagte Kartellrechtler Ferdinand Stiegler von der "
                + "Düsseldorfer Kanzlei Hollweg Brandt.", "de");
        assertTrue(found.contains("Person:Ferdinand Stiegler"), found.toString());
        assertFalse(found.stream().anyMatch(e -> e.contains("Kartellrechtler")), found.toString());
    }

    @Test
    void einBankhausMitEinemVornamenAlsNamen() {
        List<String> found = Extract.entities("Kilian Roßbach vom Bankhaus Severin hält die Aktie für teuer.", "de");
        assertTrue(found.contains("Organization:Bankhaus Severin"), found.toString());
        assertTrue(found.contains("Person:Kilian Roßbach"), found.toString());
    }

    @Test
    void szeneSpitzeUndBankhaus() {
        List<String> found = Extract.entities("Personio, an dessen Spitze Mitgründer Hanno Renner steht, wächst. Profitieren könnte "
                + "die Start-up-Szene. Analystin Carolin Hesse vom Bankhaus Lindqvist sagte, Kestrel sei gut aufgestellt. Angeführt "
                + "wurde sie vom Risikokapitalgeber Isarwerk Ventures, sagte Projektleiter Imanol Schlag.", "de");
        assertTrue(found.contains("Organization:Bankhaus Lindqvist"), found.toString());
        assertTrue(found.contains("Organization:Isarwerk Ventures"), found.toString());
        assertTrue(found.contains("Person:Imanol Schlag"), found.toString());
        assertFalse(found.stream().anyMatch(e -> e.endsWith(":Spitze") || e.endsWith(":Szene")), found.toString());
    }

    @Test
    void modelleNachTrainingsverbUndCodeNachDemModellwort() {
        List<String> found = Extract.entities("Trainiert wurde Wind-2 auf gemieteten Chips in Norwegen. Das daraus entstandene Modell "
                + "KW-Anode soll Werkstoffe vorschlagen. Das von Kestrel entwickelte Sprachmodell KestrelBrain basiert auf einem offenen Modell.", "de");
        assertTrue(found.contains("AIModel:Wind-2"), found.toString());
        assertTrue(found.contains("AIModel:KW-Anode"), found.toString());
        assertTrue(found.contains("AIModel:KestrelBrain"), found.toString());
        assertFalse(Extract.entities("Das neue Modell Golf kommt im Mai, das Modell Berlin gilt als Vorbild.", "de")
                .stream().anyMatch(e -> e.startsWith("AIModel:")));
    }

    @Test
    void einStapelGpusIstKeinChip() {
        assertFalse(Extract.entities("Jede Quantenmaschine brauche künftig einen Stapel GPUs neben sich, sagte Nvidia.", "de")
                .stream().anyMatch(e -> e.startsWith("Chip:")));
        assertTrue(Extract.entities("Nvidia liefert die Rubin-GPUs ab 2026.", "de").contains("Chip:Rubin"));
    }

    @Test
    void ortsnamenUndZuDenSindKeineNamensteile() {
        List<String> found = Extract.entities("Der Konzern reichte in San Francisco Klage ein. Lumo zählt mit der Software Addison "
                + "zu den Herausforderern von Kestrel. Karl-Theodor zu Guttenberg und Ursula von der Leyen sprachen.", "de");
        assertFalse(found.stream().anyMatch(e -> e.contains("Klage") || e.contains("Herausforderern")), found.toString());
        assertTrue(found.containsAll(List.of("Person:Karl-Theodor zu Guttenberg", "Person:Ursula von der Leyen")), found.toString());
    }

    @Test
    void juristenUndWeitereVornamen() {
        List<String> found = Extract.entities("Reddits Chefjurist Ezo Brandtner teilte mit, man werde klagen. Merle Vosskamp sagte am "
                + "Montag, das Rennen sei offen. Der Prozessanwalt Quirin Falkenau gründete die Firma.", "de");
        assertTrue(found.containsAll(List.of("Person:Ezo Brandtner", "Person:Merle Vosskamp", "Person:Quirin Falkenau")), found.toString());
    }

    @Test
    void einFirmennameNachEinemVornamenIstEinNachname() {
        List<String> found = Extract.entities("Analyst Tobias Renk von Harwick Research erwartet mehr Aufträge. Anna Bosch, die das Labor leitet, stimmt zu.", "de");
        assertTrue(found.contains("Person:Tobias Renk"), found.toString());
        assertTrue(found.contains("Person:Anna Bosch"), found.toString());
        assertFalse(found.contains("Organization:Renk"), found.toString());
                assertTrue(Extract.entities("Mark Renk sieht das anders. Bosch baut mehr Chips.", "de").contains("Person:Mark Renk"));
    }

    @Test
    void einNachnameNachEinemVornamenDarfWieEinAdjektivOderEinWochentagAussehen() {
        List<String> found = Extract.entities("Gründer Jonas Ehrlicher lacht. „Das reicht“, sagt Gründerin und Chefin Mareike Sonntag. "
                + "Analystin Miriam Hollender bleibt skeptisch. Am Sonntag lacht Anna.", "de");
        assertTrue(found.contains("Person:Jonas Ehrlicher"), found.toString());
        assertTrue(found.contains("Person:Mareike Sonntag"), found.toString());
        assertTrue(found.contains("Person:Miriam Hollender"), found.toString());
        assertFalse(found.stream().anyMatch(e -> e.contains("Sonntag lacht")), found.toString());
    }

    @Test
    void allenIstAmSatzanfangEinWortUndNachEinemVornamenEinNachname() {
        List<String> found = Extract.entities("Allen Beteiligten war klar, dass der Plan fehlte. Gegründet hat das Institut "
                + "der verstorbene Mitgründer Paul Allen.", "de");
        assertTrue(found.contains("Person:Paul Allen"), found.toString());
        assertFalse(found.stream().anyMatch(e -> e.contains("Beteiligten")), found.toString());
        List<String> en = Extract.entities("The lab was founded by the late co-founder Paul Allen in 2014.", "en");
        assertTrue(en.contains("Person:Paul Allen"), en.toString());
    }

    @Test
    void derErsteTeilEinesFirmennamensMitBeschreibendemSuffixIstSeineKurzform() {
        assertEquals(List.of("Kaltwalz Robotics GmbH", "Kaltwalz"),
                Extract.surfaces("Die Kaltwalz Robotics GmbH baut Roboter. Hinter Kaltwalz steht der Fonds Neckarau Capital.", "de",
                        "Kaltwalz Robotics GmbH"));
        List<String> found = Extract.entities("Hinter Kaltwalz Robotics steht der Fonds Neckarau Capital.", "de");
        assertFalse(found.stream().anyMatch(e -> e.contains("Hinter")), "a preposition opens no name: " + found);
    }

    @Test
    void aTitleAfterTheCommaMakesANameAfterVonAPerson() {
        List<String> found = Extract.entities("Zustimmung kam von Vasco Pedro, Mitgründer und Chef des Übersetzungs-Start-ups Lumen.", "de");
        assertTrue(found.contains("Person:Vasco Pedro"), found.toString());
        List<String> firm = Extract.entities("Das Geld kam von Orbis Labs, Partner des Konzerns.", "de");
        assertFalse(firm.contains("Person:Orbis Labs"), "a partner may be a firm: " + firm);
    }

    @Test
    void aSingerAndASpinOffNamedByItsParent() {
        List<String> singer = Extract.entities("Der Name spielt auf die Fado-Sängerin Amália Rodrigues an.", "de");
        assertTrue(singer.contains("Person:Amália Rodrigues"), singer.toString());
        List<String> spinOff = Extract.entities("Das hilft jungen Anbietern wie der Nvidia-Ausgründung Lernfuchs AI.", "de");
        assertTrue(spinOff.contains("Organization:Lernfuchs AI"), spinOff.toString());
    }

    @Test
    void aGermanCourtIsNamedByItsKindAndSeat() {
        List<String> found = Extract.entities("Das Landgericht Leipzig und das Oberlandesgericht Stuttgart haben gegen Nvidia entschieden.", "de");
        assertTrue(found.contains("Organization:Landgericht Leipzig"), found.toString());
        assertTrue(found.contains("Organization:Oberlandesgericht Stuttgart"), found.toString());
        List<String> bare = Extract.entities("Das Landgericht hat gegen Nvidia entschieden.", "de");
        assertFalse(bare.stream().anyMatch(e -> e.contains("Landgericht")), "a court without its seat names none: " + bare);
    }

    @Test
    void aRoleAfterVonIsTheAgentsNotTheNamesBefore() {
        List<String> found = Extract.entities("Jimmy Energy, geführt von Mitgründer Antoine Guyot, will kleine Reaktoren bauen.", "de");
        assertTrue(found.contains("Organization:Jimmy Energy"), found.toString());
        assertTrue(found.contains("Person:Antoine Guyot"), found.toString());
        assertFalse(found.contains("Person:Jimmy Energy"), found.toString());
    }

    @Test
    void aGivenNameBeforeAnotherNameWordIsNoSurnamesGenitive() {
        List<String> found = Extract.entities("Lego-Chef Niels B. Christiansen hatte betont, man werde abwarten.", "de");
        assertFalse(found.contains("Person:Xavier Niel"), found.toString());
        assertTrue(found.contains("Person:Niels B. Christiansen"), found.toString());
        List<String> genitive = Extract.entities("Iliad-Gründer Niel sprach in Paris. Niels Firma wächst.", "de");
        assertTrue(genitive.contains("Person:Xavier Niel"), genitive.toString());
    }

    @Test
    void aFounderWhoAlsoLeadsTheCompany() {
        List<String> de = Extract.entities("Das Start-up Vexaro, mitgegründet und geführt von Wardah Inam, hat Geld eingesammelt.", "de");
        assertTrue(de.contains("Person:Wardah Inam"), de.toString());
        assertFalse(de.contains("Organization:Wardah Inam"), de.toString());
        List<String> en = Extract.entities("The start-up Vexaro, co-founded and led by Wardah Inam, raised money.", "en");
        assertTrue(en.contains("Person:Wardah Inam"), en.toString());
        // A round led by a fund names no person.
        List<String> round = Extract.entities("The round was led by Harbor Light Capital and joined by Kestrel Partners.", "en");
        assertFalse(round.stream().anyMatch(e -> e.startsWith("Person:")), round.toString());
    }

    @Test
    void aGermanMinistryIsNamedByItsFields() {
        List<String> found = Extract.entities("Das Ministerium für Information und Kommunikation plant neue Regeln für Chatbots.", "de");
        assertTrue(found.contains("Organization:Ministerium für Information und Kommunikation"), found.toString());
        List<String> described = Extract.entities("Der Präsident ließ ein eigenes Ministerium für KI und digitale Entwicklung einrichten.", "de");
        assertFalse(described.stream().anyMatch(e -> e.contains("Ministerium")), "a ministry described is none named: " + described);
        List<String> stake = Extract.entities("Über die Beteiligung Formula Systems ist der Konzern in Israel aktiv.", "de");
        assertTrue(stake.contains("Organization:Formula Systems"), stake.toString());
    }

    @Test
    void aNameJoinedToAPersonsBeforeARaiseIsAPerson() {
        List<String> found = Extract.entities("Das Start-up von Daniel Vassilev und Jacky Koh sammelte im Mai 24 Millionen Dollar ein.", "de");
        assertFalse(found.contains("Organization:Jacky Koh"), found.toString());
    }

    @Test
    void aVersionNumberBeforeAGermanVerbOrParticleIsTheModels() {
        List<String> found = Extract.entities("Das Start-up hat im Frühjahr sein Sprachmodell Voxana Flow 2 vorgestellt, und sein Modell "
                + "Quell-LM 2 als Basis genutzt.", "de");
        assertTrue(found.contains("AIModel:Voxana Flow 2"), found.toString());
        assertTrue(found.contains("AIModel:Quell-LM 2"), found.toString());
        List<String> adjective = Extract.entities("Das Start-up stellte sein Modell Kestrel 2 neue Funktionen zur Seite.", "de");
        assertFalse(adjective.contains("AIModel:Kestrel 2"), adjective.toString());
    }

    @Test
    void anEnglishTitleInAGermanSentenceIsNoPaperAndNoPerson() {
        List<String> found = Extract.entities("Mike Dargan, Chief Digital and Information Officer der Helvara Bank, nannte KI den "
                + "wichtigsten Hebel.", "de");
        assertTrue(found.contains("Person:Mike Dargan"), found.toString());
        assertFalse(found.stream().anyMatch(e -> e.contains("Chief")), found.toString());
        List<String> paper = Extract.entities("Die Financial Times berichtete am Montag darüber.", "de");
        assertTrue(paper.contains("Organization:Financial Times"), paper.toString());
    }

    @Test
    void aChainNounDescribesTheNameAfterIt() {
        List<String> found = Extract.entities("Die Tierarztkette Pfotenwerk Group legte dagegen am Dienstag um 2,2 Prozent zu.", "de");
        assertTrue(found.contains("Organization:Pfotenwerk Group"), found.toString());
        assertFalse(found.contains("Organization:Tierarztkette Pfotenwerk Group"), found.toString());
    }

    @Test
    void aFlemishSurnameWithACapitalParticle() {
        List<String> found = Extract.entities("Gründer und CEO Pieterjan Van Damme war früher Forscher in Löwen.", "de");
        assertTrue(found.contains("Person:Pieterjan Van Damme"), found.toString());
        assertFalse(found.contains("Person:Pieterjan Van"), found.toString());
    }

    @Test
    void aCourtInABigCityAndInTheGenitive() {
        List<String> city = Extract.entities("OpenAI kann Berufung beim Oberlandesgericht München einlegen.", "de");
        assertTrue(city.contains("Organization:Oberlandesgericht München"), city.toString());
        // The genitive and the nominative name one court, named in the nominative.
        List<String> genitive = Extract.entities("Ein Beschluss des Amtsgerichts Köln fiel im Juli. Das Amtsgericht Köln rügte den Anwalt.", "de");
        assertTrue(genitive.contains("Organization:Amtsgericht Köln"), genitive.toString());
        assertFalse(genitive.contains("Organization:Amtsgerichts Köln"), genitive.toString());
        List<String> month = Extract.entities("Das Landgericht Anfang Mai entschied gegen Nvidia.", "de");
        assertFalse(month.stream().anyMatch(e -> e.contains("Landgericht")), "a capitalised noun is no seat: " + month);
    }

    @Test
    void aNounThatDescribesACompanySupportsTheContextLabelAfterIt() {
        List<String> supplier = Extract.entities("Der Zulieferer Comet senkte am Dienstag seine Prognose.", "de");
        assertTrue(supplier.contains("Organization:Comet Holding"), supplier.toString());
        List<String> fund = Extract.entities("Angeführt wurde die Runde vom Fonds Delta Nile Capital aus Kairo.", "de");
        assertFalse(fund.contains("Organization:Delta Air Lines"), "the label opens a longer name: " + fund);
    }

    @Test
    void aContextLabelAfterAusOrAfterAnArticleAndAnAdjectiveNamesNoCompany() {
        List<String> place = Extract.entities("Nvidia und Microsoft kaufen Kabel bei einer Werkstatt aus Delta.", "de");
        assertFalse(place.contains("Organization:Delta Air Lines"), "'aus' before a place: " + place);
        List<String> prize = Extract.entities("Nvidia und Microsoft sponsern das Festival, dessen Hauptpreis der goldene Apple ist.", "de");
        assertFalse(prize.contains("Organization:Apple"), "an article and an adjective before a noun: " + prize);
    }

    @Test
    void aGenitiveContextLabelBeforeAProductCodeIsItsOwner() {
        List<String> found = Extract.entities("Das Start-up prüft Ausweise mit Metas DINOv2 und eigenen Regeln.", "de");
        assertTrue(found.contains("Organization:Meta Platforms"), found.toString());
    }

    @Test
    void bankhausOpensTheBanksName() {
        List<String> found = Extract.entities("Analystin Julia Brandauer vom Bankhaus Lessing & Co. sieht Luft nach oben.", "de");
        assertTrue(found.contains("Organization:Bankhaus Lessing & Co"), found.toString());
    }

    @Test
    void aChipLineGluedToTheDativePluralOfSystemsIsAChip() {
        List<String> found = Extract.entities("Die Modelle laufen künftig auf Hopper-Systemen in Frankfurt.", "de");
        assertTrue(found.contains("Chip:Hopper"), found.toString());
    }

    @Test
    void aGermanGenitiveBeforeAssistentNamesNoAssistant() {
        List<String> found = Extract.entities("Viele Kunden nutzen Turkcells Assistent für Rechnungsfragen.", "de");
        assertFalse(found.stream().anyMatch(e -> e.startsWith("AIModel:")), found.toString());
    }

    @Test
    void aFoldedEndingAfterAnAdjectiveOrACountIsAPluralNotAGenitive() {
        List<String> found = Extract.entities("Nvidia und Microsoft legten zu. In ersten Comets liegt der Chip vorn, in zwölf Comets auch.", "de");
        assertFalse(found.contains("Organization:Comet Holding"), found.toString());
        List<String> genitive = Extract.entities("Nvidia und Microsoft legten zu, auch Comets Aktie stieg.", "de");
        assertTrue(genitive.contains("Organization:Comet Holding"), "a genitive after a function word: " + genitive);
    }

    @Test
    void aSurnameAfterAnArticleIsANoun() {
        List<String> surfaces = Extract.surfaces("Arthur Mensch sprach in Paris. „Am Ende unterschreibt ein Mensch“, sagt Katja Wildermuth. "
                + "Mensch verwies dann auf neue Modelle.", "de", "Arthur Mensch");
        assertEquals(List.of("Arthur Mensch", "Mensch"), surfaces);
        // A person found by a cue: the surname's later mentions skip the noun after an article too.
        assertEquals(List.of("Tobias Kranich", "Kranich"), Extract.surfaces("Analyst Tobias Kranich sprach. Am Ende kommt ein Kranich. "
                + "Kranich blieb skeptisch.", "de", "Tobias Kranich"));
    }

    @Test
    void aStateOrCityBeforeItsGovernorIsNoCompany() {
        List<String> found = Extract.entities("Querétaros Gouverneur Mauricio Kuri verweist auf kurze Genehmigungszeiten.", "de");
        assertTrue(found.contains("Person:Mauricio Kuri"), found.toString());
        assertFalse(found.stream().anyMatch(e -> e.startsWith("Organization:")), found.toString());
    }

    @Test
    void aGivenNameGluedToAWordIsATailAndAGivenNameOpensAUniversitysNamesake() {
        List<String> found = Extract.entities("„Querétaro ist das Nord-Virginia Lateinamerikas“, sagt Tobias Wendland. Die Forscherin "
                + "Annette Vöhringer von der Johannes Gutenberg-Universität Mainz warnt.", "de");
        assertFalse(found.stream().anyMatch(e -> e.contains("Virginia")), found.toString());
        assertTrue(found.contains("Organization:Johannes Gutenberg-Universität Mainz"), found.toString());
        assertFalse(found.stream().anyMatch(e -> e.startsWith("Person:Gutenberg")), found.toString());
        assertTrue(Extract.entities("Hans-Peter Quist sprach.", "de").contains("Person:Hans-Peter Quist"));
    }

    @Test
    void aCompanyNounBeforeANameDescribesIt() {
        List<String> found = Extract.entities("Der Hannoveraner Anbieter Urnentech, dessen Software in 400 Kommunen läuft, schweigt.", "de");
        assertTrue(found.contains("Organization:Urnentech"), found.toString());
        assertFalse(found.contains("Organization:Anbieter Urnentech"), found.toString());
    }

    @Test
    void aSurnameFoundBeforeIsNoMisspeltCompany() {
        String text = "Gegründet wurde Isarwerk 2023 von Katharina Brenninger, die zuvor bei BMW arbeitete. „Wir liefern“, sagte Brenninger.";
        assertEquals(List.of("Katharina Brenninger", "Brenninger"), Extract.surfaces(text, "de", "Katharina Brenninger"));
        assertFalse(Extract.entities(text, "de").contains("Organization:Breuninger"), Extract.entities(text, "de").toString());
        // Without the person the misspelling still reaches the company.
        assertTrue(Extract.entities("Das Modehaus Breuniger meldete mehr Umsatz.", "de").contains("Organization:Breuninger"));
    }

    @Test
    void aCompanyNounOpensNoPapersNameAndAnIndefiniteAssistantNamesNothing() {
        List<String> found = Extract.entities("Der Konzern hatte 2024 den texanischen Hersteller Encore Wire übernommen. Der Kassenchef warnte, "
                + "wenn ein Assistent Befunde falsch zusammenfasst.", "de");
        assertTrue(found.contains("Organization:Encore Wire"), found.toString());
        assertFalse(found.stream().anyMatch(e -> e.contains("Hersteller") || e.contains("Befunde")), found.toString());
    }

    @Test
    void aGermanModelAppositionWithItsRelativeClause() {
        List<String> found = Extract.entities("Kern des Angebots ist Lytix-Thorax 2, ein Modell, das Röntgenaufnahmen untersucht. Paris, ein "
                + "Modell, das viele kopieren, wächst.", "de");
        assertTrue(found.contains("AIModel:Lytix-Thorax 2"), found.toString());
        assertFalse(found.contains("AIModel:Paris"), found.toString());
    }

    @Test
    void aNounAfterAnArticleBuiltOnAModelIsNoModel() {
        List<String> found = Extract.entities("Die Funktion basiert auf dem Modell DeepSeek-R1. Das Modell Kestrel-2 basiert auf DeepSeek-R1.", "de");
        assertFalse(found.contains("AIModel:Funktion"), found.toString());
        assertTrue(found.contains("AIModel:Kestrel-2"), found.toString());
    }

    @Test
    void anAdverbBeforeAnInvertedSubjectAndARelativePronounAreNoNames() {
        List<String> found = Extract.entities("Die Drogeriekette nutzt das Werkzeug seit Mai. Technisch basiert lumoGPT auf DeepSeek-R1.", "de");
        assertFalse(found.contains("AIModel:Technisch"), found.toString());
        assertTrue(found.contains("AIModel:DeepSeek-R1"), found.toString());
        found = Extract.entities("Graphisoft gilt als Vorreiter. Dessen AI Visualizer erzeugt Bilder aus Modellen.", "de");
        assertFalse(found.stream().anyMatch(e -> e.contains("Dessen")), found.toString());
    }

    @Test
    void aSchoolNamedAfterPeopleAndACompanyNameAfterAnIndefiniteArticle() {
        List<String> found = Extract.entities("Tobias Reinhardt, Professor für Steuerlehre an der Friedrich-Alexander-Universität "
                + "Erlangen-Nürnberg, ist skeptisch. KPMG hatte eine Bosch mit Microsoft angekündigt.", "de");
        assertFalse(found.stream().anyMatch(e -> e.startsWith("Person:Friedrich")), found.toString());
        assertFalse(found.contains("Organization:Bosch"), "a company's name after an indefinite article is the noun: " + found);
        assertTrue(Extract.entities("Der Zulieferer Bosch meldete Zahlen, eine Bosch-Tochter auch.", "de").contains("Organization:Bosch"));
    }

    @Test
    void aGermanAbstractNounIsNoMisspeltName() {
        List<String> found = Extract.entities("Vukosi Marivate, Professor für Informatik an der Universität Pretoria, sieht kein Problem.", "de");
        assertFalse(found.contains("Organization:Informatica"), found.toString());
        assertTrue(Extract.entities("Die Aktie von Informatika fiel.", "de").contains("Organization:Informatica"),
                "a misspelling with no noun ending still reaches the company");
    }

    @Test
    void theNounNamenOpensNoName() {
        List<String> found = Extract.entities("Das Pariser Start-up errichtet unter dem Namen Kestrel Compute ein Rechenzentrum.", "de");
        assertFalse(found.stream().anyMatch(e -> e.contains("Namen")), found.toString());
    }

    @Test
    void aMarketResearcherAfterACityAdjectiveIsNoPartOfTheName() {
        List<String> found = Extract.entities("Yoon Seo-yeon vom Seouler Marktforscher Hangang Semiconductor Insights sieht Samsung unter Druck.",
                "de");
        assertTrue(found.contains("Organization:Hangang Semiconductor Insights"), found.toString());
    }

    @Test
    void aPlainNounAfterAnIndefiniteKindOfCompanyIsNoName() {
        List<String> found = Extract.entities("In Frankreich zeigt sich, wie schnell ein europäischer Anbieter Kapital einsammeln kann. Wenn ein "
                + "Industriekunde Versicherungsschutz für ein Chemiewerk anfragt, vergehen Wochen.", "de");
        assertTrue(found.stream().noneMatch(e -> e.contains("Kapital") || e.contains("Versicherungsschutz")), found.toString());
        // A definite kind still opens a name.
        List<String> named = Extract.entities("Der Hersteller Aurelis Technik aus Ulm wächst.", "de");
        assertTrue(named.contains("Organization:Aurelis Technik"), named.toString());
    }

    @Test
    void aMachinesNameWithANumberIsNoModel() {
        List<String> found = Extract.entities("Das Sprachmodell Velora-40b wurde auf dem Rechner Kestrel 5 trainiert.", "de");
        assertFalse(found.contains("AIModel:Kestrel 5"), found.toString());
        List<String> model = Extract.entities("Das Sprachmodell Kestrel 5 wurde auf Nvidia-Chips trainiert.", "de");
        assertTrue(model.contains("AIModel:Kestrel 5"), model.toString());
    }

    @Test
    void aTitlesDepartmentAndAGenitiveKindAreNoNames() {
        List<String> found = Extract.entities("„Wir wollten unabhängig sein“, sagte Kristina Behrendt, Vice President Customer Experience bei "
                + "Zalando. Die Kasse prüft Rechnungen mit dem System des Anbieters Prüfwerk Analytics aus Köln.", "de");
        assertFalse(found.contains("Person:Customer Experience"), found.toString());
        assertTrue(found.contains("Organization:Prüfwerk Analytics"), found.toString());
        // A given name after the title is a person's.
        List<String> named = Extract.entities("Das sagte Vice President Anna Sommer bei Zalando.", "de");
        assertTrue(named.contains("Person:Anna Sommer"), named.toString());
    }

    @Test
    void theGenitiveOfAHeadNounBeforeItsComplement() {
        // Round 87: "eine Ausgründung des Max-Planck-Instituts für Plasmaphysik, hat …"; the genitive sits inside the name.
        List<String> found = Extract.entities("Lumatron, eine Ausgründung des Max-Planck-Instituts für Plasmaphysik, hat Geld bekommen. "
                + "Das sagt eine Studie des Instituts für Weltwirtschaft in Kiel.", "de");
        assertTrue(found.contains("Organization:Max Planck Institute for Plasma Physics"), found.toString());
        assertTrue(found.contains("Organization:Kiel Institute for the World Economy"), found.toString());
        assertFalse(Extract.entities("Das Institut sucht Partner für Weltwirtschaft und Handel.", "de").stream()
                .anyMatch(e -> e.contains("Kiel")));
    }
}
