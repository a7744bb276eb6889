package dev.aikg.annotate.mention;

import dev.aikg.annotate.AnnotatedDocument;
import dev.aikg.annotate.text.Token;
import dev.aikg.annotate.text.Tokenizer;
import dev.aikg.model.EntityType;
import dev.aikg.model.Method;
import dev.aikg.model.Mention;
import dev.aikg.model.Sentence;

import java.util.ArrayList;
import java.util.List;

/**
 * One document tokenised once for all finders: the tokens outside boilerplate, each with its
 * sentence, and navigation helpers. Per document, never shared between threads.
 */
public final class DocumentTokens {
    private final AnnotatedDocument doc;
    private final List<Token> tokens;
    private final int[] sentence;
    private final Vocabulary vocabulary;
    /** The lexeme of each token, null for words in no list and no lexicon key (or without a vocabulary). */
    private final Vocabulary.Lexeme[] lexemes;

    public DocumentTokens(AnnotatedDocument doc, Tokenizer tokenizer) {
        this(doc, tokenizer, null);
    }

    /** Tokenises the document and, given a vocabulary, looks each token up in it once. */
    public DocumentTokens(AnnotatedDocument doc, Tokenizer tokenizer, Vocabulary vocabulary) {
        this.doc = doc;
        this.vocabulary = vocabulary;
        List<Token> all = tokenizer.tokenize(doc.text());
        List<int[]> bp = doc.boilerplate();
        if (bp.isEmpty()) {
            tokens = all;
        } else {
            tokens = new ArrayList<>(all.size());
            int b = 0;
            for (Token t : all) {
                while (b < bp.size() && bp.get(b)[1] <= t.start()) b++;
                if (b < bp.size() && bp.get(b)[0] < t.end()) continue;
                tokens.add(t);
            }
        }
        sentence = new int[tokens.size()];
        List<Sentence> ss = doc.sentences();
        int s = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int off = tokens.get(i).start();
            while (s < ss.size() && ss.get(s).end() <= off) s++;
            sentence[i] = s < ss.size() && ss.get(s).start() <= off ? ss.get(s).index() : -1;
        }
        lexemes = new Vocabulary.Lexeme[tokens.size()];
        if (vocabulary != null) {
            for (int i = 0; i < lexemes.length; i++) {
                Token t = tokens.get(i);
                Vocabulary.Lexeme l = vocabulary.get(t.lower());
                lexemes[i] = l;
                t.classes(l != null ? l.classes() : Cues.F_KNOWN | Cues.F_UNLISTED);
            }
        }
    }

    /** What the lexicon knows of token i's lower-case text as a one-word key (see {@link LexiconIndex#key}). */
    LexiconIndex.Key key(int i, LexiconIndex index) {
        if (vocabulary != index.vocabulary()) return index.key(tokens.get(i).lower());
        Vocabulary.Lexeme l = lexemes[i];
        return l == null ? null : l.key();
    }

    /** The multi-word labels holding token i's word (see {@link LexiconIndex#labelsHolding}), or null. */
    WordInLabels multiWordLabels(int i, LexiconIndex index) {
        if (vocabulary != index.vocabulary()) return index.labelsHolding(tokens.get(i).lower());
        Vocabulary.Lexeme l = lexemes[i];
        return l == null ? null : l.multiWord();
    }

    public AnnotatedDocument doc() { return doc; }

    public String text() { return doc.text(); }

    public List<Token> tokens() { return tokens; }

    public int size() { return tokens.size(); }

    public Token get(int i) { return tokens.get(i); }

    public int sentence(int i) { return sentence[i]; }

    /** True when token i exists and lies in the same sentence as token j. */
    public boolean sameSentence(int i, int j) {
        return i >= 0 && i < tokens.size() && j >= 0 && j < tokens.size() && sentence[i] == sentence[j];
    }

    /** Token i when it exists, is a word and shares a sentence with j; else null. */
    public Token wordNear(int i, int j) {
        if (!sameSentence(i, j)) return null;
        Token t = tokens.get(i);
        return t.word() ? t : null;
    }

    /** True when token i exists and its lower-case text is of the word class ({@link Cues} flag). */
    public boolean is(int i, int flag) {
        return i >= 0 && i < tokens.size() && Cues.is(tokens.get(i), flag);
    }

    /** The lower-case text of token i, or "" outside the token list. */
    public String lower(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).lower() : "";
    }

    /** The index of the first token starting at or after a character offset. */
    public int indexAt(int offset) {
        int lo = 0, hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /** A mention over tokens from..to (inclusive). */
    public Mention mention(int from, int to, EntityType type, String entityId, Method method, String rule, double conf) {
        int start = tokens.get(from).start();
        int end = tokens.get(to).end();
        return new Mention(start, end, doc.text().substring(start, end), type, entityId, sentence[from], method, rule, conf);
    }
}
