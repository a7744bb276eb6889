package dev.aikg.annotate.relation;

import dev.aikg.annotate.Pipeline;
import dev.aikg.annotate.Pipelines;
import dev.aikg.annotate.StageTimings;
import dev.aikg.lexicon.LexiconLoader;
import dev.aikg.model.Document;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Relations of the hundred-and-thirty-first blind round (bearings and gears; windows, doors and roofing; air cargo and
 * ground handling), learnt after it was scored: an apposition's employer list needs its "and" ("a former pricing manager
 * at Ostara, Vega sells …" does not employ the person at Vega), "its rival" after a closed apposition is the apposition
 * head's ("Temu, the platform owned by PDD, and its rival Shein"), a joint venture's seat after its partners, and a
 * founder's title after a quote names no company inside the quote. Our own sentences.
 */
class TestRound131RivalsVenturesAndSpeakers {
    private static final String[] IDS = {"org/vega=Vega", "org/ostara=Ostara", "org/kestrel=Kestrel", "org/lumen=Lumen",
        "org/halde=Halde", "person/ines-kaur=Ines Kaur", "person/tom-ried=Tom Ried"};
    private static final String DE = "Die Branche wächst seit Jahren kräftig. ";
    private static final String EN = "The industry has grown for years. ";

    private static List<String> facts(String text, String lang) {
        return Docs.facts(Docs.relations(text, lang, IDS));
    }

    @Test
    void anEmployerListNeedsItsAnd() {
        var comma = facts(EN + "Founded by Tom Ried, who runs the company, and Ines Kaur, a former pricing manager at Ostara, Vega sells "
                + "a quoting assistant.", "en");
        assertTrue(comma.contains("person/ines-kaur worksFor org/ostara"), comma.toString());
        assertFalse(comma.contains("person/ines-kaur worksFor org/vega"), comma.toString());
        var and = facts(EN + "Ines Kaur, a former manager at Ostara and Kestrel, joined the board.", "en");
        assertTrue(and.contains("person/ines-kaur worksFor org/ostara") && and.contains("person/ines-kaur worksFor org/kestrel"), and.toString());
    }

    @Test
    void itsRivalAfterAClosedApposition() {
        var apposition = facts(EN + "Volumes shipped by Vega, the shopping platform owned by Halde, and its rival Ostara swung sharply.", "en");
        assertTrue(Docs.rivals(apposition, "org/vega", "org/ostara"), apposition.toString());
        assertFalse(Docs.rivals(apposition, "org/halde", "org/ostara"), apposition.toString());
        var plain = facts(EN + "Vega and its rival Ostara both cut prices.", "en");
        assertTrue(Docs.rivals(plain, "org/vega", "org/ostara"), plain.toString());
    }

    /** The curated lexicon's companies: their names as the text writes them, no harness entities. */
    private static List<String> curated(String text, String lang) {
        if (pipeline == null) pipeline = Pipelines.standard(LexiconLoader.load(Path.of("data/lexicon")), StageTimings.NONE);
        var x = pipeline.extract(new Document("t", null, text, lang, null, null, null));
        java.util.Map<String, String> names = new java.util.HashMap<>();
        x.entities().forEach(e -> names.put(e.id(), e.name()));
        return x.relations().stream().map(r -> names.getOrDefault(r.subjectId(), r.subjectId()) + " " + r.predicate().label() + " "
                + names.getOrDefault(r.object(), r.object())).toList();
    }

    private static Pipeline pipeline;

    @Test
    void aJointVenturesSeatAfterItsPartners() {
        var seat = curated(DE + "Ausgeweitet werden könnte das System später auf AeroLogic, das Gemeinschaftsunternehmen von Lufthansa Cargo "
                + "und DHL Express mit Sitz in Schkeuditz.", "de");
        assertTrue(seat.contains("AeroLogic headquarteredIn Schkeuditz"), seat.toString());
        assertFalse(seat.contains("DHL Express headquarteredIn Schkeuditz"), seat.toString());
    }

    @Test
    void aFoundersTitleAfterAQuoteNamesNoCompanyInsideIt() {
        var quote = curated(DE + "Helsing wurde 2021 von Tom Ried gegründet. Ursprünglich habe man mit Luminous experimentiert, dem Modell "
                + "von Aleph Alpha, erzählt Mitgründer Ried.", "de");
        assertFalse(quote.contains("Tom Ried founderOf Aleph Alpha"), quote.toString());
        assertTrue(quote.contains("Tom Ried founderOf Helsing"), quote.toString());
    }
}
