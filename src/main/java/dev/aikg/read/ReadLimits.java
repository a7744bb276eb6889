package dev.aikg.read;

/**
 * Size limits that keep one bad file from exhausting memory. An article is text a person reads:
 * anything far larger is a dump, a log or a mistake, and is refused with a message instead.
 *
 * @param maxArticleBytes largest single article file (.txt, .md, .html) read whole
 * @param maxLineBytes    largest JSONL line (one article)
 */
public record ReadLimits(long maxArticleBytes, int maxLineBytes) {
    public static final ReadLimits DEFAULT = new ReadLimits(16L << 20, 16 << 20);
}
