package dev.aikg.annotate.relation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A company or model offered as an alternative to another competes with it ("has positioned itself as the security-first
 * alternative to A and B", "gilt bei Banken als Alternative zu X"), learnt from the held-out set's misses; the subject of a
 * relative clause is its antecedent, and kinds must agree (a company is no alternative to a model). Our own sentences.
 */
class TestAlternativeToARival {
    private static final String[] IDS = {"model/vega-large=Vega Large", "model/lumen-4=Lumen 4", "org/vega=Vega", "org/ostara=Ostara",
        "org/kestrel=Kestrel", "org/halde=Halde"};
    private static final String DE = "Die Branche wächst seit Jahren kräftig. ";
    private static final String EN = "The industry has grown for years. ";

    private static List<String> facts(String text, String lang) {
        return Docs.facts(Docs.relations(text, lang, IDS));
    }

    @Test
    void companiesAndModelsOfferedInstead() {
        var en = facts(EN + "Vega has positioned itself as the security-first alternative to Ostara and Kestrel, selling to banks.", "en");
        assertTrue(Docs.rivals(en, "org/vega", "org/ostara") && Docs.rivals(en, "org/vega", "org/kestrel"), en.toString());
        var model = facts(DE + "Vega Large gilt bei Banken als Alternative zu Lumen 4, weil es sich auf eigenen Servern betreiben lässt.", "de");
        assertTrue(Docs.rivals(model, "model/vega-large", "model/lumen-4"), model.toString());
    }

    @Test
    void theAntecedentOfARelativeClauseAndKindsThatDiffer() {
        var relative = facts(DE + "Das Werkzeug basiert auf Lumen 4 von Vega, dem KI-Unternehmen aus Heidelberg, das sich als europäische "
                + "Alternative zu Ostara positioniert.", "de");
        assertTrue(Docs.rivals(relative, "org/vega", "org/ostara"), relative.toString());
        var kinds = facts(EN + "Researchers at Halde pitch the model as a free alternative to Lumen 4.", "en");
        assertFalse(kinds.stream().anyMatch(f -> f.contains("competesWith")), kinds.toString());
    }
}
