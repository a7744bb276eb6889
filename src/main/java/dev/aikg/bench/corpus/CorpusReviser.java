package dev.aikg.bench.corpus;

import dev.aikg.lexicon.Lexicon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Rewrites a share of a generated corpus in place, as a newsroom revises stories: a corrected
 * number, an added update paragraph with new facts, or a corrected sentence. For the incremental
 * rebuild benchmark: every edited file's content hash changes and so does what it states. The seed
 * decides which files and which edits.
 */
public final class CorpusReviser {
    private static final long PICK_SALT = 0x5EEDF11E5L;
    private static final long EDIT_SALT = 0xED17ED17L;

    /** What was changed. */
    public record Summary(int changed, int total) {
        public String format(Path dir) {
            return String.format(java.util.Locale.ROOT, "revised %,d of %,d documents in %s", changed, total, dir);
        }
    }

    private final EntityPools pools;

    public CorpusReviser(Lexicon lexicon) {
        this.pools = new EntityPools(lexicon);
        if (!pools.complete()) throw new IllegalArgumentException("the lexicon lacks some entity kinds the reviser needs");
    }

    /** The number of files revising {@code percent} % of {@code total} changes: rounded, at least one when percent > 0. */
    public static int count(double percent, int total) {
        if (percent <= 0 || total == 0) return 0;
        return (int) Math.min(total, Math.max(1, Math.round(percent * total / 100)));
    }

    public Summary revise(Path dir, double percent, long seed) throws IOException {
        if (percent < 0 || percent > 100) throw new IllegalArgumentException("--percent must be between 0 and 100");
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException(dir + ": no such directory");
        List<Path> files = CorpusLayout.files(dir);
        if (files.isEmpty()) throw new IllegalArgumentException(dir + ": no corpus files (doc-NNNNNNN.md in NNNN/ folders)");
        int[] chosen = choose(files.size(), count(percent, files.size()), seed);
        for (int i : chosen) {
            Path file = files.get(i);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Files.write(file, edit(text, Seeds.salted(seed, EDIT_SALT, i)).getBytes(StandardCharsets.UTF_8));
        }
        return new Summary(chosen.length, files.size());
    }

    /** k distinct indices of 0 … n-1 by a partial Fisher–Yates shuffle, sorted so files are visited in order. */
    static int[] choose(int n, int k, long seed) {
        SplittableRandom r = Seeds.salted(seed, PICK_SALT, n);
        int[] all = new int[n];
        for (int i = 0; i < n; i++) all[i] = i;
        for (int i = 0; i < k; i++) {
            int j = i + r.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        int[] out = Arrays.copyOf(all, k);
        Arrays.sort(out);
        return out;
    }

    /** One realistic edit of an article's Markdown. */
    String edit(String text, SplittableRandom r) {
        ArticleText article = ArticleText.of(text);
        Cast cast = new Cast(pools, r, article.german(), article.published());
        Prose prose = new Prose(cast, r);
        int kind = r.nextInt(3);
        if (kind == 1) {
            String changed = article.withChangedPercentage(r);
            if (changed != null) return changed;
        }
        StringBuilder sb = new StringBuilder(400);
        if (kind == 2) {
            prose.sentence(sb, Kind.CORRECTION);
            String changed = article.withFirstSentenceReplaced(r, sb.toString());
            if (changed != null) return changed;
            sb.setLength(0);
        }
        prose.paragraph(sb, 2 + r.nextInt(2), Kind.UPDATE);
        return article.withParagraphAdded(sb.toString());
    }
}
