package dev.aikg.annotate.mention;

import dev.aikg.annotate.AnnotatedDocument;
import dev.aikg.annotate.Annotator;
import dev.aikg.annotate.Layer;
import dev.aikg.annotate.text.Tokenizer;
import dev.aikg.model.Mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Tokenises the document once and runs the mention finders over it in order, so tokenisation is
 * paid once rather than once per finder.
 */
public final class MentionStage implements Annotator {
    private final Tokenizer tokenizer = new Tokenizer();
    private final List<MentionFinder> finders;
    private final Vocabulary vocabulary;

    public MentionStage(List<MentionFinder> finders) {
        this(finders, null);
    }

    /** Finders over tokens whose words are looked up once in the vocabulary (null: looked up on demand). */
    public MentionStage(List<MentionFinder> finders, Vocabulary vocabulary) {
        this.finders = List.copyOf(finders);
        this.vocabulary = vocabulary;
    }

    /** Lexicon, pattern, versioned-model, family-version, fuzzy, defined-abbreviation, chip-name, cue, person-list, model-noun, deal-target, list-member, title-owner and shared-surname finders over one shared lexicon index. */
    public static MentionStage standard(LexiconIndex index) {
        return new MentionStage(List.of(new LexiconMentionFinder(index), new PatternMentionFinder(index),
                new VersionedModelFinder(index), new FamilyVersionFinder(index),
                new FuzzyMentionFinder(index), new DefinedAbbreviationFinder(index), new ChipNameFinder(), new ChipCodeFinder(), new CueMentionFinder(), new PersonListFinder(), new ModelNounFinder(), new DealTargetFinder(), new ListMemberFinder(), new TitleOwnerFinder(),
                new SharedSurnameFinder(index)),
                index.vocabulary());
    }

    @Override public String name() { return "mentions"; }

    @Override public Set<Layer> requires() { return Set.of(Layer.SENTENCES, Layer.BOILERPLATE); }

    @Override public Set<Layer> assigns() { return Set.of(Layer.MENTIONS); }

    @Override
    public void annotate(AnnotatedDocument doc) {
        DocumentTokens tokens = new DocumentTokens(doc, tokenizer, vocabulary);
        List<Mention> found = new ArrayList<>();
        for (MentionFinder f : finders) {
            List<Mention> out = new ArrayList<>();
            f.find(tokens, found, out);
            found.addAll(out);
        }
        found.removeIf(m -> PostPlatforms.placeOfPost(tokens, m));
        doc.mentions().addAll(found);
    }
}
