package dev.aikg.annotate.relation;

import dev.aikg.annotate.SmallLexicon;
import dev.aikg.lexicon.Lexicon;
import dev.aikg.model.Relation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A model or chip named with the maker the lexicon records for it; a pattern's other maker vetoed. */
class TestKnownFactRelations {
    private static List<Relation> run(String text, String lang, Lexicon lexicon, String... specs) {
        return Docs.run(Docs.of(text, lang, null, specs), lexicon).relations();
    }

    private static boolean has(List<Relation> rs, String fact, String rule) {
        return rs.stream().anyMatch(r -> (r.subjectId() + " " + r.predicate().label() + " " + r.object()).equals(fact)
                && (rule == null || r.evidence().rule().equals(rule)));
    }

    @Test
    void aModelWithItsKnownDeveloperInOneSentence() {
        String text = "Anthropic, which positions Claude as the tool of choice for programmers, bets on coding.";
        List<Relation> rs = run(text, "en", SmallLexicon.get(), "org/anthropic=Anthropic", "model/claude=Claude");
        assertTrue(has(rs, "model/claude developedBy org/anthropic", "model.known-developer"), rs.toString());
        assertEquals(KnownFactRules.CONFIDENCE, rs.get(0).evidence().confidence());
        assertFalse(has(run(text, "en", Lexicon.empty(), "org/anthropic=Anthropic", "model/claude=Claude"),
                "model/claude developedBy org/anthropic", null), "without the lexicon's fact, co-mention says nothing");
    }

    private static Lexicon lumen() {
        return new Lexicon(List.of(
                new dev.aikg.lexicon.LexiconEntry("org/lumen", dev.aikg.model.EntityType.ORGANIZATION, "Company", "Lumen",
                        List.of("Lumen"), List.of(), null, null, null, java.util.Map.of()),
                new dev.aikg.lexicon.LexiconEntry("org/lumen-cloud", dev.aikg.model.EntityType.ORGANIZATION, "Company", "Lumen Cloud",
                        List.of("Lumen Cloud"), List.of(), null, null, null, java.util.Map.of("spinOffOf", List.of("org/lumen"))),
                new dev.aikg.lexicon.LexiconEntry("model/lumo", dev.aikg.model.EntityType.AI_MODEL, null, "Lumo",
                        List.of("Lumo"), List.of(), null, null, null, java.util.Map.of("developedBy", List.of("org/lumen")))));
    }

    @Test
    void anUnlistedVersionTakesItsFamilysDeveloper() {
        List<Relation> en = run("Lumo2.5-Max beats its rivals, Lumen said on Tuesday.", "en", lumen(),
                "org/lumen=Lumen", "model/lumo2-5-max=Lumo2.5-Max");
        assertTrue(has(en, "model/lumo2-5-max developedBy org/lumen", "model.known-developer-family"), en.toString());
        List<Relation> de = run("Lumo 3 Scout schlägt die Konkurrenz, sagte Lumen am Dienstag.", "de", lumen(),
                "org/lumen=Lumen", "model/lumo-3-scout=Lumo 3 Scout");
        assertTrue(has(de, "model/lumo-3-scout developedBy org/lumen", "model.known-developer-family"), de.toString());
        List<Relation> none = run("Lumos 3 beats its rivals, Lumen said.", "en", lumen(), "org/lumen=Lumen", "model/lumos-3=Lumos 3");
        assertFalse(has(none, "model/lumos-3 developedBy org/lumen", null), "a family ends at a boundary: " + none);
    }

    @Test
    void aUnitThatAnnouncesAModelSpeaksForItsParent() {
        List<Relation> de = run("Lumen hat ein neues Modell. Lumo schlage die Konkurrenz, teilte die Cloud-Sparte Lumen Cloud mit.", "de",
                lumen(), "org/lumen-cloud=Lumen Cloud", "org/lumen=Lumen", "model/lumo=Lumo");
        assertTrue(has(de, "model/lumo developedBy org/lumen", "model.known-developer-unit"), de.toString());
        List<Relation> alone = run("Lumo beats its rivals, the unit Lumen Cloud said.", "en", lumen(),
                "org/lumen-cloud=Lumen Cloud", "model/lumo=Lumo");
        assertFalse(has(alone, "model/lumo developedBy org/lumen", null), "the parent must be named in the article: " + alone);
    }

    @Test
    void aChipWithItsKnownMakerInOneSentence() {
        List<Relation> rs = run("Die neuen Exportregeln treffen Nvidia und alle Käufer des H800 gleichermaßen.", "de",
                SmallLexicon.get(), "org/nvidia=Nvidia", "chip/h800=H800");
        assertTrue(has(rs, "chip/h800 manufacturedBy org/nvidia", "chip.known-maker"), rs.toString());
        List<Relation> other = run("Die neuen Exportregeln treffen OpenAI und alle Käufer des H800 gleichermaßen.", "de",
                SmallLexicon.get(), "org/openai=OpenAI", "chip/h800=H800");
        assertTrue(other.stream().noneMatch(r -> r.predicate().label().equals("manufacturedBy")), other.toString());
    }

    @Test
    void aPatternThatGivesAKnownModelAnotherKnownDeveloperIsVetoed() {
        String text = "Unlike OpenAI, it publishes the weights of its Claude models.";
        List<Relation> plain = run(text, "en", Lexicon.empty(), "org/openai=OpenAI", "model/claude=Claude");
        assertTrue(has(plain, "model/claude developedBy org/openai", null), "the pattern alone misreads it: " + plain);
        List<Relation> checked = run(text, "en", SmallLexicon.get(), "org/openai=OpenAI", "model/claude=Claude");
        assertFalse(has(checked, "model/claude developedBy org/openai", null), checked.toString());
    }

    @Test
    void aMakerNamedJustBeforeCountsWhenTheSentencePointsBackToIt() {
        List<Relation> rs = run("Nvidia reported record sales on Wednesday. Its H800 remains popular with buyers in China.", "en",
                SmallLexicon.get(), "org/nvidia=Nvidia", "chip/h800=H800");
        assertTrue(has(rs, "chip/h800 manufacturedBy org/nvidia", "chip.known-maker-anaphor"), rs.toString());
        List<Relation> de = run("Nvidia meldete am Mittwoch Rekordumsätze. Das Unternehmen verkauft den H800 weiter nach China.", "de",
                SmallLexicon.get(), "org/nvidia=Nvidia", "chip/h800=H800");
        assertTrue(has(de, "chip/h800 manufacturedBy org/nvidia", "chip.known-maker-anaphor"), de.toString());
        List<Relation> none = run("Nvidia reported record sales on Wednesday. Buyers in China still want the H800.", "en",
                SmallLexicon.get(), "org/nvidia=Nvidia", "chip/h800=H800");
        assertTrue(none.isEmpty(), "nothing points back: " + none);
    }
}
