package dev.aikg.annotate.relation;

import dev.aikg.annotate.AnnotatedDocument;
import dev.aikg.model.EntityType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sentence view's shortcuts must answer exactly as the plain string operations do. */
class TestSentenceView {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 4);

    private static SentenceView first(AnnotatedDocument doc) {
        return new SentenceView(doc, MentionIndex.of(doc), doc.sentences().get(0));
    }

    @Test
    void cueChecksAgreeWithSubstringSearch() {
        AnnotatedDocument doc = Docs.of("Der Wagniskapitalgeber Acme Ventures hat sich mit 40 Millionen Euro an Beta "
                + "beteiligt, teilte die Firma am Dienstag mit.", "de", DAY, "org/acme=Acme Ventures", "org/beta=Beta");
        SentenceView v = first(doc);
        String lower = v.lower;
        for (String cue : List.of("beteilig", "invest", "stake", "geldgeber", "kapitalgeber", "led by", "an beta",
                "dienstag", "mit.", "x", "", "ventures hat", "venturesx", "tb")) {
            assertEquals(lower.contains(cue), v.has(cue), cue);
            assertEquals(lower.contains(cue), v.hasAny("zzz", cue), cue);
        }
        assertTrue(v.hasAny("invest", "beteilig"));
        assertFalse(v.hasAny("invest", "backed by", "übernahm"));
    }

    @Test
    void typeQuestionsAgreeWithTheMentions() {
        AnnotatedDocument doc = Docs.of("Jane Roe, chief scientist at Acme Labs, praised the Orca-2 model. Acme Labs said nothing.",
                "en", DAY, "person/jane-roe=Jane Roe", "org/acme-labs=Acme Labs", "model/orca-2=Orca-2");
        SentenceView v = first(doc);
        for (EntityType t : EntityType.values()) {
            assertEquals(v.refs.stream().anyMatch(r -> r.is(t)), v.hasType(t), t.name());
        }
        assertTrue(v.hasType(EntityType.AI_MODEL));
        assertFalse(v.hasType(EntityType.CHIP));
        SentenceView second = new SentenceView(doc, MentionIndex.of(doc), doc.sentences().get(1));
        assertFalse(second.hasType(EntityType.PERSON));
        assertTrue(second.hasType(EntityType.ORGANIZATION));
    }

    @Test
    void gapsEqualLowerCasedSlicesOfTheText() {
        AnnotatedDocument doc = Docs.of("OpenAI’s CEO Sam Altman said the KI -Experte at Microsoft was right.", "en", DAY,
                "org/openai=OpenAI", "person/sam-altman=Sam Altman", "org/microsoft=Microsoft");
        SentenceView v = first(doc);
        String text = doc.text();
        for (int a = 0; a < text.length(); a += 3) {
            for (int b = a; b <= text.length(); b += 5) {
                assertEquals(SentenceView.normalise(text.substring(a, b).toLowerCase()), v.gap(a, b), a + ".." + b);
            }
        }
        assertEquals("'s ceo ", v.gap(6, 13));
        assertEquals("ki-experte", v.gap(text.indexOf("KI"), text.indexOf(" at")));
    }

    @Test
    void gapsOutsideAPlainSentenceStillLowerCaseTheTextItself() {
        // A capital sigma lowers by its context: the view then lower-cases each gap on its own.
        AnnotatedDocument doc = Docs.of("ΟΔΥΣΣΕΑΣ und Acme sprachen über Beta.", "de", DAY, "org/acme=Acme", "org/beta=Beta");
        SentenceView v = first(doc);
        String text = doc.text();
        assertEquals(text.substring(0, 8).toLowerCase(), v.gap(0, 8));
    }

    @Test
    void mentionsByTypeAreCollectedOnceAndReadOnly() {
        AnnotatedDocument doc = Docs.of("Microsoft und Amazon investierten in Anthropic, sagte Jane Roe.", "de", DAY,
                "org/microsoft=Microsoft", "org/amazon=Amazon", "org/anthropic=Anthropic", "person/jane-roe=Jane Roe");
        SentenceView v = first(doc);
        List<MentionIndex.Ref> orgs = v.of(EntityType.ORGANIZATION);
        assertEquals(List.of("org/microsoft", "org/amazon", "org/anthropic"), orgs.stream().map(MentionIndex.Ref::id).toList());
        assertSame(orgs, v.of(EntityType.ORGANIZATION));
        assertEquals(1, v.of(EntityType.PERSON).size());
        assertTrue(v.of(EntityType.CHIP).isEmpty());
        assertThrows(UnsupportedOperationException.class, () -> orgs.remove(0));
    }

    @Test
    void sentenceWordsAreSplitOnceAndReadOnly() {
        AnnotatedDocument doc = Docs.of("Laut Analyst Max Kern baut Acme in Hangzhou.", "de", DAY, "org/acme=Acme");
        SentenceView v = first(doc);
        List<Words.Word> words = v.words();
        assertEquals(List.of("laut", "analyst", "max", "kern", "baut", "acme", "in", "hangzhou"),
                words.stream().map(Words.Word::lower).toList());
        assertSame(words, v.words());
        assertThrows(UnsupportedOperationException.class, words::clear);
    }

    @Test
    void speechCuesIgnoreWordsOfImpossibleLength() {
        assertTrue(SpeechCues.isCue("sagte"));
        assertTrue(SpeechCues.isCue("skeptisch"));
        assertFalse(SpeechCues.isCue("der"));
        assertFalse(SpeechCues.isCue("aufsichtsratsvorsitzender"));
    }

    @Test
    void theCompanyASentenceOpensWith() {
        AnnotatedDocument doc = Docs.of("Acme, for its part, grew. It praised Beta. The round was led by Beta.", "en", DAY,
                "org/acme=Acme", "org/beta=Beta");
        SentenceView v = first(doc);
        assertEquals("org/acme", v.openingCompany(0, 2).id());
        assertEquals("org/beta", v.openingCompany(1, 9).id());
        assertEquals(null, v.openingCompany(1, 1), "two words before Beta");
        assertEquals(null, v.openingCompany(2, 9), "a prepositional object opens no sentence");
        assertEquals(null, v.openingCompany(-1, 9));
    }
}
