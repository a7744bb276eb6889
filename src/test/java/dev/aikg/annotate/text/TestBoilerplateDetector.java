package dev.aikg.annotate.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestBoilerplateDetector {
    private final BoilerplateDetector detector = new BoilerplateDetector();

    private List<String> spans(String text) {
        return detector.detect(text).stream().map(s -> text.substring(s[0], s[1])).toList();
    }

    @Test
    void photoCredits() {
        assertEquals(List.of("Jana Weiss / Bloomberg / Getty"), spans("Ein Satz.\nJana Weiss / Bloomberg / Getty\nNoch einer."));
        assertEquals(List.of("Foto: Shutterstock"), spans("Das Büro in Zürich. Foto: Shutterstock"));
        assertEquals(List.of("Paul Kim / Reuters"), spans("Paul Kim / Reuters"));
    }

    @Test
    void noticesAndWidgets() {
        String text = "Optimieren Sie Ihre Browsereinstellungen\nDiese Seite braucht JavaScript für wichtige Funktionen.\n"
                + "Bitte passen Sie die Einstellungen an.\nQuelle: https://example.org/a\n[Anzeige_3]\nKommentare (4)\n"
                + "Lesen Sie auch: Die Zukunft der Chips\nExit mobile version\nTeilen\n"
                + "Melden Sie sich für unseren Newsletter an.";
        assertEquals(10, spans(text).size(), spans(text).toString());
    }

    @Test
    void shareWidgetsInEitherLanguage() {
        assertEquals(List.of("Teilen auf Facebook | Teilen auf X | Per E-Mail versenden"),
                spans("Die Aktie schloss höher.\nTeilen auf Facebook | Teilen auf X | Per E-Mail versenden\n"));
        assertEquals(List.of("Teilen auf Facebook"), spans("Teilen auf Facebook\nDer nächste Absatz beginnt hier."));
        assertEquals(List.of("Share this article: Facebook · X · LinkedIn · Email"),
                spans("Shares rose.\nShare this article: Facebook · X · LinkedIn · Email"));
        assertEquals(List.of("*Share this article:* [LinkedIn] [X] [Email]"),
                spans("Shares rose.\n*Share this article:* [LinkedIn] [X] [Email]\n"));
        assertTrue(spans("Meta teilt mit, dass Facebook wächst.\nShare the article on Facebook and X, said the editor.").isEmpty(),
                "sentences that name networks are text");
    }

    @Test
    void shareButtonsInCodeMarksOrBesideAnAudioButton() {
        // Round 100: "LinkedIn" of such lines had become a company.
        assertEquals(List.of("`Share:` [X](#) · [LinkedIn](#) · [Email](#) · [Print](#)"),
                spans("Shares rose.\n`Share:` [X](#) · [LinkedIn](#) · [Email](#) · [Print](#)\n"));
        assertEquals(List.of("[Artikel anhören]   [Teilen: Facebook | X | LinkedIn | E-Mail]"),
                spans("Die Aktie stieg.\n[Artikel anhören]   [Teilen: Facebook | X | LinkedIn | E-Mail]\n"));
        assertTrue(spans("Listen to Nvidia's chief on LinkedIn, said the editor.").isEmpty(), "a sentence is text");
    }

    @Test
    void shareButtonsWithASaveForLaterButton() {
        // Round 115: "Share Post" of such a line had become a company.
        assertEquals(List.of("[Share](#) [Post](#) [Email](#) [Save for later](#)"),
                spans("Shares rose.\n[Share](#) [Post](#) [Email](#) [Save for later](#)\n"));
        assertEquals(List.of("[Teilen](#) [E-Mail](#) [Für später speichern](#)"),
                spans("Die Aktie stieg.\n[Teilen](#) [E-Mail](#) [Für später speichern](#)\n"));
    }

    @Test
    void aNavigationBarAndBracketedTweetButtons() {
        // Round 103: the site's name in its bar had become a medium, "Twittern" X Corp.
        assertEquals(List.of("HARBOUR TILE WEEKLY  |  News  |  Markets  |  Design  |  Events  |  Subscribe"),
                spans("HARBOUR TILE WEEKLY  |  News  |  Markets  |  Design  |  Events  |  Subscribe\nShares rose 2% on Monday.\n"));
        assertEquals(List.of("TECHBLICK NEWS  –  Startseite | KI | Industrie | Börse | Podcasts"),
                spans("TECHBLICK NEWS  –  Startseite | KI | Industrie | Börse | Podcasts\nDie Aktie stieg.\n"));
        assertEquals(List.of("[Teilen] [Twittern] [Per E-Mail versenden]"),
                spans("Die Aktie stieg.\n[Teilen] [Twittern] [Per E-Mail versenden]\n"));
        // A Markdown table row and a sentence with bars keep their names.
        assertTrue(spans("| Nvidia | NVDA | Nasdaq | Santa Clara |\nNvidia | Intel | AMD | Qualcomm all rose 2% on Monday.").isEmpty());
    }

    @Test
    void aReportingCreditWithItsSourcesAfterIt() {
        // Round 105: the reporter had become a person of the article.
        assertEquals(List.of("Additional reporting by Tom Berglund. Sources: company statements, exchange filings."),
                spans("Shares rose 2%.\nAdditional reporting by Tom Berglund. Sources: company statements, exchange filings.\n"));
        assertTrue(spans("Shares rose.\nReporting by the Times showed that Nvidia had lost share.").isEmpty(), "a sentence is text");
    }

    @Test
    void shareButtonsBeforeACreditOnOneLine() {
        // Round 37: the people and networks of such a line had become entities (the credit word was "Foto oben").
        assertEquals(List.of("*Teilen: [Facebook](#) · [LinkedIn](#) · [E-Mail](#)* · Foto oben: Jan Kessler / dpa"),
                spans("Die Aktie stieg.\n*Teilen: [Facebook](#) · [LinkedIn](#) · [E-Mail](#)* · Foto oben: Jan Kessler / dpa\nWeiter."));
        assertEquals(List.of("Photo above: Ana Cruz / Reuters"), spans("The plant in Ohio. Photo above: Ana Cruz / Reuters"));
        assertTrue(spans("Die Grafik oben: Umsatz und Gewinn von Siemens im Vergleich zum Vorjahr, sagte die Sprecherin.").isEmpty(),
                "a word before \"oben:\" that credits nothing");
    }

    @Test
    void aSlashCreditAfterACaptionSentence() {
        assertEquals(List.of("Lena Park / AFP / Getty"),
                spans("Die Chefin der Firma bei einer Messe in München. Lena Park / AFP / Getty"));
        assertEquals(List.of("Tom Reed / Bloomberg"), spans("The chief executive at a conference in Austin. Tom Reed / Bloomberg"));
        assertTrue(spans("Der Umsatz stieg. Die Marge / der Gewinn blieb gleich, sagte Vogel.").isEmpty(),
                "a slash inside a sentence is no credit");
    }

    @Test
    void bylinesAreFurniture() {
        assertEquals(List.of("*Von Sabine Reuthner | 25. Juni 2025*"),
                spans("*Von Sabine Reuthner | 25. Juni 2025*\nDie Aktie stieg am Montag."));
        assertEquals(List.of("By Priyanka Ramadurai and Tjasa Novak"), spans("By Priyanka Ramadurai and Tjasa Novak\nShares rose."));
        assertEquals(List.of("*By Min-ji Seo, Seoul | Thursday, October 30, 2025*"),
                spans("*By Min-ji Seo, Seoul | Thursday, October 30, 2025*\nShares rose."));
        assertEquals(List.of("06.06.2025, 14:32 Uhr · Lesezeit: 5 Min. · Von Katrin Albers"),
                spans("06.06.2025, 14:32 Uhr · Lesezeit: 5 Min. · Von Katrin Albers\nDer Kurs fiel."));
        assertEquals(List.of("01.04.2025, 07:42 Uhr · Von Jana Muster · Lesezeit 5 Minuten"),
                spans("01.04.2025, 07:42 Uhr · Von Jana Muster · Lesezeit 5 Minuten\nDer Kurs fiel."));
        assertEquals(List.of("*LAS VEGAS* — By Mark Ellison"), spans("*LAS VEGAS* — By Mark Ellison\nDeere showed a tractor."));
        assertEquals(List.of("Warschau, 29. November 2024 – Von Lukas Brenner"),
                spans("Warschau, 29. November 2024 – Von Lukas Brenner\nDer Kurs fiel."));
        // A sentence's full stop before the dash stays text.
        assertEquals(List.of(), spans("Der Kurs fiel. – Von Lukas Brenner erfuhr man nichts"));
        // Authors with the desks they write from; a sentence naming a person in a city stays text.
        assertEquals(List.of("By Mara Quist in Sydney and Ivo Hart in London"),
                spans("By Mara Quist in Sydney and Ivo Hart in London\nShares rose."));
        assertEquals(List.of(), spans("By then Mara Quist in Sydney had sold her shares."));
        assertEquals(List.of("Weitere Artikel: Prozess gegen Ex-Vorstand | Grundsteuer: Die Fristen"),
                spans("Weitere Artikel: Prozess gegen Ex-Vorstand | Grundsteuer: Die Fristen\nDer Kurs fiel."));
        assertTrue(spans("Deere showed a tractor — by all accounts a big one.").isEmpty());
        assertEquals(List.of("14.05.2025, 09:42 Uhr · Von Jana Kröger · Lesezeit: 5 Min."),
                spans("14.05.2025, 09:42 Uhr · Von Jana Kröger · Lesezeit: 5 Min.\nDer Kurs fiel."));
        assertEquals(List.of("Von Jana Muster · 11.11.2025, 16:42 Uhr · Lesezeit 4 Min."),
                spans("Von Jana Muster · 11.11.2025, 16:42 Uhr · Lesezeit 4 Min.\nDer Kurs fiel."));
        assertEquals(List.of("Reporting by Morgan Ashby; editing by Claire Denton."),
                spans("Shares fell 2 %.\nReporting by Morgan Ashby; editing by Claire Denton."));
        assertEquals(List.of("*Reporting by Rachel Moreno; editing by Ken Alvarez*"),
                spans("Shares fell 2 %.\n*Reporting by Rachel Moreno; editing by Ken Alvarez*"));
        assertEquals(List.of("(Reporting by Krystal Hu in San Francisco; Editing by Jamie Freed)"),
                spans("Shares fell 2 %. (Reporting by Krystal Hu in San Francisco; Editing by Jamie Freed)"));
        // A signature: the author's name alone in emphasis under a Markdown article; a sentence in emphasis is text.
        assertEquals(List.of("*Katrin Albers*"), spans("Der Kurs fiel um 2 Prozent.\n\n*Katrin Albers*"));
        assertTrue(spans("Der Kurs fiel.\n\n*Nvidia Blackwell verkauft sich gut.*").isEmpty());
        // Its emphasis read away by the Markdown reader: a name alone on the last line only.
        assertEquals(List.of("Katrin Albers"), spans("Der Kurs fiel um 2 Prozent.\n\nKatrin Albers\n"));
        assertTrue(spans("Katrin Albers\nDer Kurs fiel um 2 Prozent.").isEmpty());
    }

    @Test
    void bylinesAndAuthorNotesInMarkdownEmphasis() {
        assertEquals(List.of("**By Wren Aldous** | March 20, 2025, 9:10 a.m. ET"),
                spans("**By Wren Aldous** | March 20, 2025, 9:10 a.m. ET\nShares rose."));
        assertEquals(List.of("*Wren Aldous covers factory software. Contact: desk@example.org*"),
                spans("Shares rose 2 %.\n\n*Wren Aldous covers factory software. Contact: desk@example.org*\nShares fell."));
        assertEquals(List.of("_Jana Kröger berichtet über Banken und Fintechs._"),
                spans("Der Kurs fiel.\n_Jana Kröger berichtet über Banken und Fintechs._\nDie Aktie stieg."));
        // Without emphasis (the Markdown reader's output) only as the last line: in the body it is a sentence.
        assertEquals(List.of("Wren Aldous covers factory software for the desk."),
                spans("Shares rose 2 %.\n\nWren Aldous covers factory software for the desk.\n"));
        assertTrue(spans("Wren Aldous covers factory software for the desk.\nShares rose 2 %.").isEmpty());
    }

    @Test
    void aLongTeaserLineInMarkdown() {
        String teasers = "*Read more:* [Kestrel's chief doubles down on smart glasses](#) · [Lumo prepares a headset with Orbis](#) "
                + "· [Quillmark's founder on the next platform](#)";
        assertEquals(List.of(teasers), spans("The device ships in May.\n\n" + teasers + "\n"));
        assertTrue(spans("Related companies rose as well, with Kestrel gaining 4 % and Lumo 3 % after the chipmaker's results beat "
                + "the expectations of analysts: a long sentence.").isEmpty(), "no colon right after the label");
    }

    @Test
    void sentencesOpeningWithByOrVonAreText() {
        assertTrue(spans("Von Elon Musk bis Sam Altman reicht die Liste der Gäste.").isEmpty());
        assertTrue(spans("By Moonshot's own count, the model scores:").isEmpty());
        assertTrue(spans("Von Mistrals Aufstieg profitieren auch kleinere Teams").isEmpty());
        assertTrue(spans("By Monday, Nvidia shares had fallen").isEmpty());
        assertTrue(spans("Von Jensen Huang, dem Chef von Nvidia, kam kein Kommentar").isEmpty());
        assertTrue(spans("Reporting by Bloomberg showed that Nvidia lost 3 %.").isEmpty());
    }

    @Test
    void articleTextIsKept() {
        assertTrue(spans("Nvidia verlor am Montag 17 Prozent.\nDie Analysten von Acme Research waren überrascht.").isEmpty());
        assertTrue(spans("Die Zeitung berichtete über Cookies, die Kinder backen, und über neue Rezepte im Advent.").isEmpty());
    }

    @Test
    void theHeadlinesUnderATeaserHeading() {
        String de = "Die Aktie stieg um 2 Prozent.\n\nMehr zum Thema\nLumen-Chef Patel: Roboter sind die nächste Welle\n\n"
                + "Warum Polaris hinterherhinkt\n";
        assertEquals(List.of("Mehr zum Thema", "Lumen-Chef Patel: Roboter sind die nächste Welle", "Warum Polaris hinterherhinkt"),
                spans(de));
        String en = "Related coverage:\nLumen's bet on robots\nShares rose 2% after Lumen said it would hire 500 engineers in Berlin.\n";
        assertEquals(List.of("Related coverage:", "Lumen's bet on robots"), spans(en), "a sentence ends the list");
    }
}
