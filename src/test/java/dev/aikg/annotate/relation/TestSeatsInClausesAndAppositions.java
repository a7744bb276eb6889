package dev.aikg.annotate.relation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seats the hundred-and-third blind round (fishing and aquaculture; motorcycles and boats; ceramics and glass) and the
 * misses of the rounds before it showed: appositions by trade, long relative clauses, a translation's "basiert in",
 * "X of Dallas", a city after an adjective or a preposition. Our own sentences.
 */
class TestSeatsInClausesAndAppositions {
    private static final String[] IDS = {"org/vega=Vega", "org/lumen=Lumen", "org/hollis=Hollis Motors", "org/ostara=Ostara",
        "model/nimbus=Nimbus 3.1",
        "person/ines-kaur=Ines Kaur"};

    private static List<String> facts(String text, String lang) {
        return Docs.facts(Docs.relations(text, lang, IDS));
    }

    @Test
    void aGermanAppositionByTradeBeforeAus() {
        var platform = facts("Lumen, die Plattform aus Leipzig, wächst schnell.", "de");
        assertTrue(platform.contains("org/lumen headquarteredIn Leipzig"), platform.toString());
        var chain = facts("Auch Vega, die Donut-Kette aus Charlotte in North Carolina, plant mit Algorithmen.", "de");
        assertTrue(chain.contains("org/vega headquarteredIn Charlotte"), chain.toString());
        var backer = facts("Angeführt wird die Runde von Lumen, einem spezialisierten Wagniskapitalgeber aus Innsbruck.", "de");
        assertTrue(backer.contains("org/lumen headquarteredIn Innsbruck"), backer.toString());
    }

    @Test
    void aLongRelativeClauseOrAppositionEndingInTheSeat() {
        var clause = facts("Die Genossenschaft Lumen, welche die größte Blumenbörse Europas betreibt und ihren Hauptsitz in "
                + "Aalsmeer hat, testet ein Prognosemodell.", "de");
        assertTrue(clause.contains("org/lumen headquarteredIn Aalsmeer"), clause.toString());
        var apposition = facts("Vega, die größte Kette von Zahnarztpraxen im Mittleren Westen der USA mit Sitz in Effingham, "
                + "Illinois, nutzt die Software.", "de");
        assertTrue(apposition.contains("org/vega headquarteredIn Effingham"), apposition.toString());
    }

    @Test
    void ansaessigInAndATranslationsBasiertIn() {
        var ansaessig = facts("Lumen, geführt von Ines Kaur und ansässig in Handforth, will das Angebot erweitern.", "de");
        assertTrue(ansaessig.contains("org/lumen headquarteredIn Handforth"), ansaessig.toString());
        var basiert = facts("Die Firma hat ihre Planung auf Software von Lumen umgestellt, einem Anbieter basiert in Ottawa.", "de");
        assertTrue(basiert.contains("org/lumen headquarteredIn Ottawa"), basiert.toString());
        var basierte = facts("Der in Landau an der Isar basierte Werkzeughersteller Vega hat einen Assistenten angekündigt.", "de");
        assertTrue(basierte.contains("org/vega headquarteredIn Landau an der Isar"), basierte.toString());
    }

    @Test
    void anEnglishCompanyOfACity() {
        var state = facts("Lumen competes with larger vendors such as Vega of Ripon, Wisconsin, and Ostara.", "en");
        assertTrue(state.contains("org/vega headquarteredIn Ripon"), state.toString());
        var known = facts("Lumen competes with Ostara of Boston in every tender.", "en");
        assertTrue(known.contains("org/ostara headquarteredIn Boston"), known.toString());
        // A country is no seat, nor is an unknown capitalised word without its state.
        var country = facts("Lumen competes with Ostara of Germany and Vega of Ripon in every tender.", "en");
        assertFalse(country.stream().anyMatch(f -> f.contains("headquarteredIn")), country.toString());
    }

    @Test
    void anEnglishCityNounAfterAnAdjectiveAPrepositionOrWithItsState() {
        var broker = facts("Ines Kaur, an analyst at Ostara, the Dublin broker owned by Hollis Motors, was cautious.", "en");
        assertTrue(broker.contains("org/ostara headquarteredIn Dublin"), broker.toString());
        var stockbroker = facts("Ines Kaur, an analyst at Ostara, the Dublin stockbroker owned by Hollis Motors, was cautious.", "en");
        assertTrue(stockbroker.contains("org/ostara headquarteredIn Dublin"), stockbroker.toString());
        var younger = facts("The challengers include Vega and Lumen, a younger Shenzhen company.", "en");
        assertTrue(younger.contains("org/lumen headquarteredIn Shenzhen"), younger.toString());
        var from = facts("Every line now runs a vision model from Pittsburgh start-up Lumen that checks each seal.", "en");
        assertTrue(from.contains("org/lumen headquarteredIn Pittsburgh"), from.toString());
        var withState = facts("The rollout reaches analysers made by Lumen, the Loveland, Colorado, company that Vega acquired.", "en");
        assertTrue(withState.contains("org/lumen headquarteredIn Loveland"), withState.toString());
        var baker = facts("Vega keeps losing ground to Lumen, the family-owned baker from Bolton that is its main rival.", "en");
        assertTrue(baker.contains("org/lumen headquarteredIn Bolton"), baker.toString());
    }

    @Test
    void theOwnerBeforeItsUnitIsNotTheOnePlaced() {
        var d = facts("Hollis Motors's own Ostara unit, based in Ulm, targets the cheaper end of the market.", "en");
        assertTrue(d.contains("org/ostara headquarteredIn Ulm"), d.toString());
        assertFalse(d.contains("org/hollis headquarteredIn Ulm"), d.toString());
    }

    @Test
    void rounds103And104GermanSeats() {
        var ebenfalls = facts("Der wichtigste Rivale Lumen, ebenfalls aus Bengaluru, wird von Ines Kaur geführt.", "de");
        assertTrue(ebenfalls.contains("org/lumen headquarteredIn Bengaluru"), ebenfalls.toString());
        var clause = facts("Vega arbeitet mit Lumen zusammen, der von Ines Kaur gegründet wurde und seinen Sitz in Taipeh hat.", "de");
        assertTrue(clause.contains("org/lumen headquarteredIn Taipeh"), clause.toString());
        var participle = facts("Lumen, die in Göteborg ansässige Motorensparte von Vega, bietet ein Anlegesystem an.", "de");
        assertTrue(participle.contains("org/lumen headquarteredIn Göteborg"), participle.toString());
        assertFalse(participle.contains("org/vega headquarteredIn Göteborg"), participle.toString());
        var region = facts("Lumen, der Besitzer von Ostara mit Sitz im spanischen Arteixo, rollt die Prognose aus.", "de");
        assertTrue(region.contains("org/lumen headquarteredIn Arteixo"), region.toString());
        var particle = facts("Angeführt wird die Runde von Vega; außerdem steigt Lumen ein, ein Fonds aus Wuppertal.", "de");
        assertTrue(particle.contains("org/lumen headquarteredIn Wuppertal"), particle.toString());
        var zuHause = facts("Der Lokalrivale Lumen, ebenfalls in Herzogenaurach zu Hause, geht vorsichtiger vor.", "de");
        assertTrue(zuHause.contains("org/lumen headquarteredIn Herzogenaurach"), zuHause.toString());
        var adviser = facts("Das sagt Ines Kaur von der Hamburger Beratung Lumen, die Röstereien berät.", "de");
        assertTrue(adviser.contains("org/lumen headquarteredIn Hamburg"), adviser.toString());
    }

    @Test
    void rounds103And104EnglishSeats() {
        var rival = facts("Hollis Motors's German rival Lumen, based in Hanover, is pitching a cheaper package.", "en");
        assertTrue(rival.contains("org/lumen headquarteredIn Hanover"), rival.toString());
        assertFalse(rival.contains("org/hollis headquarteredIn Hanover"), rival.toString());
        var which = facts("Ostara, the ticketing arm of Hollis Motors, and Lumen, which is based in San Francisco, push resale.", "en");
        assertTrue(which.contains("org/lumen headquarteredIn San Francisco"), which.toString());
        assertFalse(which.contains("org/ostara headquarteredIn San Francisco"), which.toString());
        var possessive = facts("London's Lumen closed a $250 million fund this month, Vega said.", "en");
        assertTrue(possessive.contains("org/lumen headquarteredIn London"), possessive.toString());
        var builder = facts("Lumen, the family-owned loom builder from Lindau, competes with Vega.", "en");
        assertTrue(builder.contains("org/lumen headquarteredIn Lindau"), builder.toString());
    }

    @Test
    void aCompanyNamedTheRivalOfAnotherByACopulaOrAfterItsDescription() {
        var seen = facts("Singapore-based Lumen sells feeders and has long been seen as Vega's closest rival in smart feeding.", "en");
        assertTrue(seen.contains("org/lumen competesWith org/vega") || seen.contains("org/vega competesWith org/lumen"), seen.toString());
        var is = facts("Lumen, founded by Ines Kaur and based in Leipzig, is Vega's biggest rival in concert promotion.", "en");
        assertTrue(is.contains("org/lumen competesWith org/vega") || is.contains("org/vega competesWith org/lumen"), is.toString());
        var described = facts("Lumen, the Chicago-based reseller led by Ines Kaur and Vega's most direct competitor, fell 4.8 percent.", "en");
        assertTrue(described.contains("org/lumen competesWith org/vega") || described.contains("org/vega competesWith org/lumen"),
                described.toString());
        // Another company before the copula is its subject.
        var other = facts("Lumen said on Monday that Ostara is Vega's biggest rival.", "en");
        assertFalse(other.contains("org/lumen competesWith org/vega") || other.contains("org/vega competesWith org/lumen"), other.toString());
    }

    @Test
    void aNameBeforeOwnerDescribesTheRival() {
        var d = facts("Vega, which competes with Lumen owner Ostara for the same suppliers, has made similar demands.", "en");
        assertTrue(d.contains("org/vega competesWith org/ostara") || d.contains("org/ostara competesWith org/vega"), d.toString());
        assertFalse(d.contains("org/lumen competesWith org/ostara") || d.contains("org/ostara competesWith org/lumen"), d.toString());
        assertFalse(d.contains("org/vega competesWith org/lumen") || d.contains("org/lumen competesWith org/vega"), d.toString());
    }

    @Test
    void unitsAnOwnerOwnsOrWasCarvedOutOf() {
        var owns = facts("Vega, which also owns Lumen and Ostara, declined to comment.", "en");
        assertTrue(owns.contains("org/lumen spinOffOf org/vega"), owns.toString());
        assertTrue(owns.contains("org/ostara spinOffOf org/vega"), owns.toString());
        var group = facts("Vega, the Georgia-based flooring group that owns Italy's Lumen, is piloting generative design.", "en");
        assertTrue(group.contains("org/lumen spinOffOf org/vega"), group.toString());
        var besitzt = facts("Einer der Kunden ist Vega, der Thunfisch-Verarbeiter, welcher die Marke Lumen besitzt.", "de");
        assertTrue(besitzt.contains("org/lumen spinOffOf org/vega"), besitzt.toString());
        var besitzer = facts("Vega, der Besitzer von Lumen mit Sitz in Arteixo, rollt die Prognose aus.", "de");
        assertTrue(besitzer.contains("org/lumen spinOffOf org/vega"), besitzer.toString());
        var ownerNoun = facts("Ostara, which competes with Lumen owner Vega for suppliers, has made demands.", "en");
        assertTrue(ownerNoun.contains("org/lumen spinOffOf org/vega"), ownerNoun.toString());
        var carved = facts("Lumen, which was carved out of Vega in 2021, focused on hybrids.", "en");
        assertTrue(carved.contains("org/lumen spinOffOf org/vega"), carved.toString());
        var besitz = facts("Lumen wiederum ist im Besitz des Kölner Motorenbauers Vega, sagte Ines Kaur.", "de");
        assertTrue(besitz.contains("org/lumen spinOffOf org/vega"), besitz.toString());
        var plattform = facts("Auch Lumen, die Plattform des chinesischen Konzerns Vega, ist ein Rivale geworden.", "de");
        assertTrue(plattform.contains("org/lumen spinOffOf org/vega"), plattform.toString());
        // Partly owned is no unit.
        var partly = facts("Lumen, das teilweise im Besitz von Vega ist, wächst.", "de");
        assertFalse(partly.contains("org/lumen spinOffOf org/vega"), partly.toString());
    }

    @Test
    void aGermanPassiveWithTheCompanyAfterItsAuxiliary() {
        var d = facts("Seit Januar wird Lumen von Ines Kaur geführt, die zuvor Finanzchefin von Vega war.", "de");
        assertTrue(d.contains("person/ines-kaur ceoOf org/lumen"), d.toString());
        assertFalse(d.contains("person/ines-kaur ceoOf org/vega"), d.toString());
    }

    @Test
    void backersNamedInMoreWays() {
        var shareholder = facts("Across town, Vega, long Lumen's largest shareholder, is taking that company private.", "en");
        assertTrue(shareholder.contains("org/vega investedIn org/lumen"), shareholder.toString());
        var oneOf = facts("Vega, one of Lumen's biggest shareholders, declined to comment.", "en");
        assertTrue(oneOf.contains("org/vega investedIn org/lumen"), oneOf.toString());
        var fromAndFrom = facts("Before the listing, Lumen raised money in 2021 from Vega and from Ostara.", "en");
        assertTrue(fromAndFrom.contains("org/ostara investedIn org/lumen"), fromAndFrom.toString());
        var foerderbank = facts("In Paris hat Lumen, welches von der staatlichen Förderbank Vega finanziert wird, eine Plattform gestartet.", "de");
        assertTrue(foerderbank.contains("org/vega investedIn org/lumen"), foerderbank.toString());
    }

    @Test
    void whatAProductRunsOnOrIsRentedThroughIsToldNotJudged() {
        var d = facts("Ines Kaur, Lumen's chief technology officer, said the assistant runs on Vega's Nimbus 3.1, accessed "
                + "through Ostara's cloud.", "en");
        assertFalse(d.contains("person/ines-kaur commentedOn model/nimbus"), d.toString());
        assertFalse(d.contains("person/ines-kaur commentedOn org/ostara"), d.toString());
        // A judgement of the same company stays one.
        var judged = facts("Ines Kaur said Ostara's cloud is far too expensive for start-ups.", "en");
        assertTrue(judged.contains("person/ines-kaur commentedOn org/ostara"), judged.toString());
    }
}
