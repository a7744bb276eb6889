package dev.aikg.bench.corpus;

import java.util.Map;

/** German sentence templates in the register of business and tech news. Slots: see {@link SlotValues}. */
final class GermanTemplates {
    private GermanTemplates() { }

    static Map<Kind, String[]> texts() {
        return Map.ofEntries(
                Map.entry(Kind.HEADLINE_FUNDING, new String[] {
                        "{stem} sammelt {mn} ein: Investoren setzen auf das nächste Sprachmodell",
                        "Milliardenwette auf KI: Was hinter der Finanzierungsrunde von {stem} steckt",
                        "{investor} steigt bei {stem} ein",
                        "Frisches Geld für {stem}: Das Startup will {rival} Kunden abjagen"}),
                Map.entry(Kind.HEADLINE_MODEL, new String[] {
                        "{newModel}: {newModelDev} fordert {rival} heraus",
                        "Neues Sprachmodell {newModel} soll Programmierer entlasten",
                        "{newModelDev} legt mit {newModel} nach",
                        "Wie gut ist {newModel} wirklich?"}),
                Map.entry(Kind.HEADLINE_CHIP, new String[] {
                        "Neuer Chip {newChip}: {newChipMaker} will den Markt für Rechenzentren aufmischen",
                        "{newChipMaker:gen} {newChip} soll schneller und sparsamer rechnen",
                        "Wettrüsten bei KI-Chips: {newChipMaker} kontert mit dem {newChip}"}),
                Map.entry(Kind.HEADLINE_MARKET, new String[] {
                        "{company:gen} Aktie unter Druck – Anleger zweifeln an den KI-Plänen",
                        "Analysten von {house} sehen bei {company} mehr Luft nach oben",
                        "KI-Werte im Ausverkauf: {company} und {rival} verlieren kräftig",
                        "Kursfeuerwerk bei {company} nach starken Quartalszahlen"}),
                Map.entry(Kind.HEADLINE_PEOPLE, new String[] {
                        "{ceo}: „Wir stehen erst am Anfang“",
                        "{ceoOrg} ordnet seine KI-Sparte neu",
                        "Personalien: {stem} holt Forschungschefin von {parent}",
                        "Im Porträt: Wer hinter {stem} steckt"}),
                Map.entry(Kind.CEO, new String[] {
                        "{ceoOrg:cmp}-CEO {ceo} kündigte am {weekday} an, die Investitionen in Rechenzentren weiter zu erhöhen.",
                        "{ceo}, CEO von {ceoOrg}, sprach vor Investoren von einer beispiellosen Nachfrage.",
                        "Schon im Frühjahr hatte {ceoOrg:gen} CEO {ceo} mehr Tempo bei der Entwicklung eigener Modelle angekündigt.",
                        "An der Spitze von {ceoOrg} steht {ceo}, der Konzern gilt als einer der großen Profiteure des Booms.",
                        "Auf einer Konferenz in {city} verteidigte {ceo}, CEO von {ceoOrg}, die hohen Ausgaben für Rechenleistung."}),
                Map.entry(Kind.FOUNDER, new String[] {
                        "Gegründet wurde {founderOrg} unter anderem von {founder}, heute eine der bekanntesten Stimmen der Branche.",
                        "Zu den Gründern von {founderOrg} zählt {founder}, seit Jahren eine prägende Figur der Szene.",
                        "{founderOrg} wurde einst von {founder} mitgegründet und hat sich seither stark verändert."}),
                Map.entry(Kind.STARTUP_FOUNDER, new String[] {
                        "{sfounder} hat {startup} im Jahr {year} gegründet und führt das Startup seither als {sfounder?Geschäftsführerin:Geschäftsführer}.",
                        "Gegründet wurde {startup} {year} von {sfounder}, {sfounder?die:der} zuvor bei {rival} an Sprachmodellen gearbeitet hatte.",
                        "{sfounder?Gründerin:Gründer} {sfounder} will mit dem frischen Geld vor allem neue Ingenieure einstellen.",
                        "„Wir wollen zeigen, dass Europa eigene Basismodelle bauen kann“, sagte {sfounder}, {sfounder?Gründerin und Chefin:Gründer und Chef} von {startup}.",
                        "{sfounder}, {sfounder?Mitgründerin:Mitgründer} von {startup}, beschäftigt inzwischen {staff} Mitarbeiter."}),
                Map.entry(Kind.WORKS_FOR, new String[] {
                        "{scientist}, {scientist?Chefwissenschaftlerin:Chefwissenschaftler} bei {startup}, verantwortet die Entwicklung der Modelle.",
                        "{engineer}, {engineer?Ingenieurin:Ingenieur} bei {company}, beschreibt die Umstellung als mühsam, aber unvermeidlich.",
                        "Das bestätigte {engineer}, {engineer?Managerin:Manager} bei {company}, in einem Gespräch mit Journalisten.",
                        "Die Forschung bei {stem} leitet {scientist}, {scientist?die:der} im vergangenen Jahr von {parent} gekommen war."}),
                Map.entry(Kind.DEVELOPED, new String[] {
                        "{modelDev:gen} Modell {model} gilt in vielen Tests weiterhin als Maßstab.",
                        "Mit {newModel} hat {newModelDev} am {weekday} ein neues Sprachmodell vorgestellt.",
                        "Das Sprachmodell {newModel} wurde von {newModelDev} entwickelt und soll zunächst Geschäftskunden zur Verfügung stehen.",
                        "{newModelDev} veröffentlichte {newModel} mit rund {params} Milliarden Parametern.",
                        "Entwickelt wurde {model} von {modelDev}, inzwischen steckt das Modell in zahlreichen Produkten."}),
                Map.entry(Kind.BASED_ON, new String[] {
                        "{newModel} basiert nach Angaben des Unternehmens auf {base} und wurde für Programmieraufgaben nachtrainiert.",
                        "Technisch baut {newModel} auf {base} auf, ergänzt um eigene Daten aus der Industrie.",
                        "Das auf {base} basierende {newModel} steht unter einer offenen Lizenz zum Herunterladen bereit."}),
                Map.entry(Kind.TRAINED_ON, new String[] {
                        "Trainiert wurde {newModel} auf {gpus} {chip}-Chips von {chipMaker}.",
                        "Für das Training von {newModel} setzte {newModelDev} nach eigenen Angaben {gpus} Beschleuniger vom Typ {chip} ein.",
                        "{newModelDev} trainierte {newModel} auf einem Cluster aus {gpus} {chip}-Chips."}),
                Map.entry(Kind.MADE_BY, new String[] {
                        "Der {chip} von {chipMaker} zählt derzeit zu den gefragtesten Chips für Rechenzentren.",
                        "{newChipMaker} will den neuen Beschleuniger {newChip} ab {month} in großen Stückzahlen ausliefern.",
                        "Entwickelt wurde der {newChip} von {newChipMaker}, gefertigt wird er bei einem Auftragsfertiger in Taiwan.",
                        "{newChipMaker:gen} neuer Chip {newChip} soll bei gleichem Stromverbrauch deutlich schneller rechnen als sein Vorgänger."}),
                Map.entry(Kind.FUNDING, new String[] {
                        "{startup} hat in einer neuen Finanzierungsrunde {mn} eingesammelt, angeführt von {investor}.",
                        "An der Runde beteiligten sich neben {investor} auch {investor2} und {company}.",
                        "{investor} investierte {mn} in {startup}, die Bewertung liegt nun bei rund {bn}.",
                        "Zu den Geldgebern von {stem} zählen {investor} und {investor2}.",
                        "{company} hat sich mit {mn} an {startup} beteiligt."}),
                Map.entry(Kind.SPIN_OFF, new String[] {
                        "{startup} ist eine Ausgründung von {parent} und arbeitet weiter eng mit dem Konzern zusammen.",
                        "{stem} entstand {year} als Spin-off aus der Forschungsabteilung von {parent}."}),
                Map.entry(Kind.COMPETES, new String[] {
                        "{company} konkurriert in diesem Markt vor allem mit {rival}.",
                        "Damit will {stem} Konkurrenten wie {rival} und {company} Kunden abnehmen.",
                        "Als wichtigster Rivale von {company} gilt {rival}.",
                        "{newModel} tritt direkt gegen {model} von {modelDev} an."}),
                Map.entry(Kind.QUOTE, new String[] {
                        "„Die Nachfrage nach Rechenleistung wächst schneller als das Angebot“, sagte {analyst}, {analyst?Analystin:Analyst} bei {house}.",
                        "{analyst?Analystin:Analyst} {analyst} von {house} hält die Bewertung von {company} dennoch für gerechtfertigt.",
                        "„{company} hat die bessere Ausgangslage, aber {rival} holt auf“, schrieb {analyst} in einer Notiz an Kunden.",
                        "„Wir sehen hier erst den Anfang“, sagte {ceo} mit Blick auf die Pläne von {ceoOrg}.",
                        "Laut {analyst} von {house} dürfte {rival} am stärksten von der Entwicklung profitieren."}),
                Map.entry(Kind.STOCK, new String[] {
                        "Die {company:cmp}-Aktie fiel am {weekday} um {pct} Prozent.",
                        "Die Aktie von {company} stieg am {weekday} um {pct} Prozent.",
                        "Papiere von {rival} legten im frühen Handel um {pct} Prozent zu.",
                        "{company:gen} Aktie verlor im nachbörslichen Handel {pct} Prozent.",
                        "Anleger reagierten nervös: Die Titel von {rival} gaben {pct} Prozent nach.",
                        "Im Gegenzug gewann die Aktie von {rival} am {weekday} {pct} Prozent."}),
                Map.entry(Kind.INDEX, new String[] {
                        "Der {index} verlor am {weekday} {pct} Prozent.",
                        "Der breite {index} legte um {pct} Prozent zu."}),
                Map.entry(Kind.FILLER, new String[] {
                        "Die Branche ringt seit Monaten mit steigenden Stromkosten für Rechenzentren.",
                        "In Brüssel wird derweil über die Umsetzung der europäischen KI-Verordnung gestritten.",
                        "Viele Unternehmen testen generative KI bislang nur in Pilotprojekten.",
                        "Der Markt für KI-Infrastruktur wächst nach Schätzungen von Marktforschern jährlich um {bigpct} Prozent.",
                        "Kritiker bemängeln, dass die Anbieter kaum offenlegen, mit welchen Daten ihre Systeme trainiert werden.",
                        "Zugleich wächst der Druck, die hohen Ausgaben durch Umsätze zu rechtfertigen.",
                        "Fachkräfte für maschinelles Lernen bleiben knapp und teuer.",
                        "Die Exportkontrollen der USA sorgen weiterhin für Unsicherheit in der Lieferkette.",
                        "Ob sich die Investitionen langfristig auszahlen, ist offen.",
                        "Hinzu kommen Engpässe bei Hochleistungsspeicher und moderner Gehäusetechnik.",
                        "Auch Datenschützer beobachten die Entwicklung aufmerksam.",
                        "Im {quarter} Quartal lag das Wachstum deutlich über den Erwartungen des Marktes.",
                        "Bis Ende {month} sollen weitere Details folgen.",
                        "Die Zinsentscheidung der Notenbank dürfte die Stimmung an den Märkten zusätzlich prägen.",
                        "Noch ist unklar, wie schnell Kunden die neuen Funktionen tatsächlich nutzen werden.",
                        "Mehrere Bundesländer werben derzeit um neue Rechenzentren, trotz knapper Netzanschlüsse.",
                        "Für Anleger bleibt die Frage, wann die Gewinne mit den Investitionen Schritt halten.",
                        "Branchenbeobachter rechnen mit weiteren Übernahmen kleinerer Anbieter.",
                        "Gleichzeitig sinken die Preise für die Nutzung großer Sprachmodelle rapide.",
                        "In den USA laufen mehrere Verfahren wegen Urheberrechtsverletzungen beim Training."}),
                Map.entry(Kind.SUBHEAD, new String[] {"Wettlauf um Rechenleistung", "Reaktion an der Börse",
                        "Kritik an der Bewertung", "Was Anleger jetzt wissen müssen", "Der Blick nach vorn", "Offene Fragen"}),
                Map.entry(Kind.PHOTO, new String[] {"Foto: {photographer} / {agency}", "Bild: {agency}"}),
                Map.entry(Kind.NOTICE, new String[] {
                        "Wir verwenden Cookies, um unser Angebot zu verbessern. Mit der Nutzung stimmen Sie unseren Einstellungen zu.",
                        "Teilen | Drucken | E-Mail"}),
                Map.entry(Kind.SOURCE, new String[] {"Quelle: {agency}, Unternehmensangaben", "Quelle: {agency}"}),
                Map.entry(Kind.UPDATE, new String[] {
                        "Nachtrag vom {date}: {startup} hat inzwischen weitere {mn} von {investor2} erhalten.",
                        "Aktualisierung: Die Aktie von {company} drehte am {weekday} ins Plus und stieg um {pct} Prozent.",
                        "Aktualisierung: {newModelDev} hat {newModel} inzwischen auch als offene Version veröffentlicht.",
                        "Nachtrag: {sfounder} ist nach Angaben des Unternehmens als {sfounder?Geschäftsführerin:Geschäftsführer} zu {startup} gewechselt."}),
                Map.entry(Kind.CORRECTION, new String[] {
                        "Korrektur: In einer früheren Fassung hieß es, {startup} habe {mn} eingesammelt; tatsächlich waren es {mn}.",
                        "Korrektur: Anders als zunächst berichtet, wurde {newModel} auf {gpus} {chip}-Chips trainiert."}));
    }
}
