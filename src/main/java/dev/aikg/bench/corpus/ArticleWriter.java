package dev.aikg.bench.corpus;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes one benchmark article as Markdown with front matter: headline, dateline, paragraphs of
 * several sentences with an occasional subheading, and the site furniture real pages carry (photo
 * credit, cookie notice, source line). Everything comes from the document's own random stream.
 */
final class ArticleWriter {
    /** One article: its index, language and file content. */
    record Article(long index, boolean german, String markdown) { }

    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
    private static final int DAYS = 4 * 365 + 1;
    /** Body text stops growing here, so a file with its furniture stays under about 8 KB. */
    static final int MAX_BODY_CHARS = 7400;
    static final int MIN_BODY_CHARS = 1500;
    /** Opening sentences for each topic, in the order of the headline kinds. */
    private static final Kind[][] LEADS = {
            {Kind.FUNDING, Kind.STARTUP_FOUNDER, Kind.FUNDING},
            {Kind.DEVELOPED, Kind.BASED_ON, Kind.TRAINED_ON},
            {Kind.MADE_BY, Kind.TRAINED_ON, Kind.COMPETES},
            {Kind.STOCK, Kind.QUOTE, Kind.INDEX},
            {Kind.CEO, Kind.FOUNDER, Kind.QUOTE}};
    private static final Kind[] HEADLINES = {Kind.HEADLINE_FUNDING, Kind.HEADLINE_MODEL, Kind.HEADLINE_CHIP,
            Kind.HEADLINE_MARKET, Kind.HEADLINE_PEOPLE};

    private final EntityPools pools;
    private final long seed;
    private final double germanShare;

    ArticleWriter(EntityPools pools, long seed, double germanShare) {
        this.pools = pools;
        this.seed = seed;
        this.germanShare = germanShare;
    }

    Article write(long index) {
        SplittableRandom r = Seeds.document(seed, index);
        boolean de = r.nextDouble() < germanShare;
        LocalDate published = FIRST_DAY.plusDays(r.nextInt(DAYS));
        Cast cast = new Cast(pools, r, de, published);
        Prose prose = new Prose(cast, r);
        int topic = r.nextInt(HEADLINES.length);
        int target = targetLength(r);

        StringBuilder headline = new StringBuilder(100);
        prose.sentence(headline, HEADLINES[topic]);
        StringBuilder body = new StringBuilder(target + 1200);
        body.append("# ").append(headline).append("\n\n");
        if (Pick.chance(r, 0.4)) line(body, prose, Kind.PHOTO);
        body.append("**").append(cast.city).append(", ");
        Formats.date(body, published, de);
        body.append("** – ");
        prose.paragraph(body, 3 + r.nextInt(2), LEADS[topic]);
        body.append("\n\n");
        StringBuilder para = new StringBuilder(800);
        int paragraphs = 1;
        while (body.length() < target) {
            para.setLength(0);
            if (paragraphs % 3 == 0 && Pick.chance(r, 0.6)) {
                para.append("## ");
                prose.sentence(para, Kind.SUBHEAD);
                para.append("\n\n");
            }
            prose.paragraph(para, 2 + r.nextInt(5));
            if (body.length() + para.length() > MAX_BODY_CHARS && body.length() >= MIN_BODY_CHARS) break;
            body.append(para).append("\n\n");
            paragraphs++;
        }
        if (Pick.chance(r, 0.25)) line(body, prose, Kind.NOTICE);
        if (Pick.chance(r, 0.5)) line(body, prose, Kind.SOURCE);

        StringBuilder md = new StringBuilder(body.length() + 200);
        md.append("---\ntitle: \"").append(headline).append("\"\ndate: ").append(published)
                .append("\nlang: ").append(de ? "de" : "en").append("\nsource: aikg-bench\n---\n\n").append(body);
        int end = md.length();
        while (md.charAt(end - 1) == '\n') end--;
        md.setLength(end);
        md.append('\n');
        return new Article(index, de, md.toString());
    }

    /** Body length in characters: log-normal around 3.4 KB like news copy, kept within bounds. */
    private static int targetLength(SplittableRandom r) {
        double gaussian = gaussian(r);
        double len = Math.exp(Math.log(3300) + 0.45 * gaussian);
        return (int) Math.max(MIN_BODY_CHARS + 200, Math.min(MAX_BODY_CHARS - 400, len));
    }

    /** A standard normal draw (Box–Muller), spelled out so the corpus never depends on a JDK's own algorithm. */
    private static double gaussian(SplittableRandom r) {
        double u = 1.0 - r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    private static void line(StringBuilder sb, Prose prose, Kind kind) {
        prose.sentence(sb, kind);
        sb.append("\n\n");
    }
}
