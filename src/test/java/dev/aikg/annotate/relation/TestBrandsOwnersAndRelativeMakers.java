package dev.aikg.annotate.relation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Relations of the hundred-and-twenty-first and -second blind rounds (hair salons; lotteries; prisons; weddings; roofing;
 * board games): brands behind a franchisor and glued to their owner ("die L'Oréal-Marken A und B"), the dot of "Corp."
 * before an apposition, a German object relative naming a model's maker, founders who also run the company, an indefinite
 * description before a German founders' clause, an investor's relative "which bought into", a passive with a time before
 * the buyer, a spokeswoman's organisation with its town, and a holder of a fraction of a company's shares. Our own
 * sentences.
 */
class TestBrandsOwnersAndRelativeMakers {
    private static final String[] IDS = {"org/vega-corp=Vega Corp", "org/vega=Vega", "org/lumen=Lumen", "org/ostara=Ostara",
        "org/kestrel=Kestrel Capital", "org/tarn=Tarn Labs", "model/shade=ShadeMatch 2", "person/ines-kaur=Ines Kaur",
        "person/alice-chang=Alice Chang"};
    private static final String DE = "Die Branche wächst seit Jahren kräftig. ";
    private static final String EN = "The industry has grown for years. ";

    private static List<String> facts(String text, String lang) {
        return Docs.facts(Docs.relations(text, lang, IDS));
    }

    @Test
    void brandsBehindAFranchisorAndGluedToTheirOwner() {
        var behind = facts(EN + "Vega Corp., the franchisor behind Lumen, Ostara and Tarn Labs, is giving the phone to a machine.", "en");
        assertTrue(behind.containsAll(List.of("org/lumen spinOffOf org/vega-corp", "org/ostara spinOffOf org/vega-corp",
                "org/tarn spinOffOf org/vega-corp")), behind.toString());
        var owner = facts(EN + "Vega Corp., the owner of Lumen and Ostara, took a different route.", "en");
        assertTrue(owner.contains("org/lumen spinOffOf org/vega-corp") && owner.contains("org/ostara spinOffOf org/vega-corp"), owner.toString());
        var brands = facts(DE + "Im Salongeschäft, wo die Vega-Marken Lumen und Ostara mit Tarn Labs konkurrieren, setzt der Konzern auf Kurse.", "de");
        assertTrue(brands.contains("org/lumen spinOffOf org/vega") && brands.contains("org/ostara spinOffOf org/vega"), brands.toString());
    }

    @Test
    void aGermanObjectRelativeNamesTheModelsMaker() {
        var relative = facts(DE + "Hinter der Anwendung steckt das Modell ShadeMatch 2, das Tarn Labs selbst entwickelt hat.", "de");
        assertTrue(relative.contains("model/shade developedBy org/tarn"), relative.toString());
        // A model the company only uses names no maker.
        var uses = facts(DE + "Hinter der Anwendung steckt das Modell ShadeMatch 2, das Tarn Labs seit Mai nutzt.", "de");
        assertFalse(uses.contains("model/shade developedBy org/tarn"), uses.toString());
    }

    @Test
    void foundersWhoRunTheCompanyAndAnIndefiniteDescription() {
        var runs = facts(DE + "Vega wurde gegründet und wird geführt von Alice Chang.", "de");
        assertTrue(runs.contains("person/alice-chang founderOf org/vega") && runs.contains("person/alice-chang ceoOf org/vega"), runs.toString());
        var en = facts(EN + "Vega was founded and is run by Alice Chang.", "en");
        assertTrue(en.contains("person/alice-chang founderOf org/vega") && en.contains("person/alice-chang ceoOf org/vega"), en.toString());
        var described = facts(DE + "Ein Beispiel ist Tarn Labs, ein Start-up aus London, das von der früheren Trichologin Ines Kaur "
                + "gegründet wurde.", "de");
        assertTrue(described.contains("person/ines-kaur founderOf org/tarn"), described.toString());
    }

    @Test
    void investorsRelativesPassivesWithATimeAndFractionsOfShares() {
        var into = facts(EN + "Existing investor Kestrel Capital, which bought into Vega in 2021, is selling most of its shares.", "en");
        assertTrue(into.contains("org/kestrel investedIn org/vega"), into.toString());
        var time = facts(EN + "The biggest of them, Ostara, was bought this year by Lumen for about $750 million.", "en");
        assertTrue(time.contains("org/ostara spinOffOf org/lumen"), time.toString());
        var fraction = facts(DE + "Großaktionär Kestrel Capital, der Familienholding aus Hamburg, die rund ein Drittel der Vega-Anteile hält, "
                + "habe den Schritt unterstützt.", "de");
        assertTrue(fraction.contains("org/kestrel investedIn org/vega"), fraction.toString());
    }

    @Test
    void aSpokeswomansOrganisationWithItsTown() {
        var town = facts(DE + "Eine Sprecherin von Vega in Münster, Ines Kaur, sagte, man prüfe eigene Lösungen.", "de");
        assertTrue(town.contains("person/ines-kaur worksFor org/vega"), town.toString());
    }
}
