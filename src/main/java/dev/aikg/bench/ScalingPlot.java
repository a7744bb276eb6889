package dev.aikg.bench;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The scaling picture of {@code bin/bench}, drawn with Java2D (headless, no chart library): on the
 * left, seconds against documents on log-log axes for the aikg build and Jena's two loaders on the
 * same quads, so a straight line's slope is the growth exponent; on the right, each catalog query's
 * p95 latency at each corpus size.
 */
public final class ScalingPlot {
    public static final int WIDTH = 1400;
    public static final int HEIGHT = 640;
    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
            new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b)};
    private static final String[][] TIMES = {{"build_s", "aikg build"}, {"loader_basic_s", "tdb2.tdbloader basic"},
            {"loader_parallel_s", "tdb2.tdbloader parallel"}};
    /** Corpus sizes take the colours after the time series', so no colour means two things. */
    private static final int SIZE_COLOURS = 3;

    private final BenchTsv scaling;
    /** Query latency tables by corpus size, smallest first. */
    private final Map<Long, BenchTsv> queries;

    public ScalingPlot(BenchTsv scaling, Map<Long, BenchTsv> queries) {
        this.scaling = scaling;
        this.queries = queries;
    }

    /** Reads {@code scaling.tsv} and every {@code queries-N.tsv} of a results directory. */
    public static ScalingPlot fromResults(Path results) throws IOException {
        return new ScalingPlot(BenchTsv.read(results.resolve("scaling.tsv")), BenchResults.queriesBySize(results));
    }

    public void write(Path png) throws IOException {
        Path parent = png.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        if (!ImageIO.write(render(), "png", png.toFile())) throw new IOException("no PNG writer in this JVM");
    }

    public BufferedImage render() {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            drawTimes(g, new Frame(80, 60, 560, 500));
            drawQueries(g, new Frame(880, 60, 480, 500));
        } finally {
            g.dispose();
        }
        return img;
    }

    /** A plot area in pixels: left and top edge, width and height. */
    private record Frame(int x, int y, int w, int h) {
        int right() { return x + w; }
        int bottom() { return y + h; }
    }

    private void drawTimes(Graphics2D g, Frame f) {
        title(g, f, "Build and load time against corpus size (log-log)");
        List<Double> xs = new ArrayList<>(), ys = new ArrayList<>();
        for (Map<String, String> row : scaling.rows()) {
            BenchTsv.number(row, "docs").ifPresent(xs::add);
            for (String[] t : TIMES) BenchTsv.number(row, t[0]).ifPresent(ys::add);
        }
        LogAxis ax = LogAxis.spanning(xs), ay = LogAxis.spanning(ys);
        axes(g, f, ax, ay, "documents", "seconds");
        if (scaling.isEmpty()) {
            note(g, f, "no scaling.tsv results");
            return;
        }
        for (int s = 0; s < TIMES.length; s++) {
            g.setColor(PALETTE[s]);
            g.setStroke(new BasicStroke(2.5f));
            double px = Double.NaN, py = Double.NaN;
            for (Map<String, String> row : scaling.rows()) {
                OptionalDouble d = BenchTsv.number(row, "docs"), t = BenchTsv.number(row, TIMES[s][0]);
                if (d.isEmpty() || t.isEmpty() || d.getAsDouble() <= 0 || t.getAsDouble() <= 0) continue;
                double x = ax.toPixel(d.getAsDouble(), f.x(), f.right()), y = ay.toPixel(t.getAsDouble(), f.bottom(), f.y());
                if (!Double.isNaN(px)) g.draw(new Line2D.Double(px, py, x, y));
                g.fillOval((int) x - 5, (int) y - 5, 10, 10);
                px = x;
                py = y;
            }
        }
        List<String> names = new ArrayList<>();
        for (String[] t : TIMES) names.add(t[1]);
        legend(g, f.x() + 12, f.y() + 12, names, 0);
    }

    private void drawQueries(Graphics2D g, Frame f) {
        title(g, f, "Catalog query p95 latency (ms, log scale), warm");
        Map<String, Map<Long, Double>> p95 = new LinkedHashMap<>();
        List<Double> all = new ArrayList<>();
        queries.forEach((size, table) -> {
            for (Map<String, String> row : table.rows()) {
                OptionalDouble v = BenchTsv.number(row, "p95_ms");
                if (v.isPresent()) {
                    // Sub-millisecond queries would fall off a log axis that starts at a decade: clamp to 0.01 ms.
                    double ms = Math.max(v.getAsDouble(), 0.01);
                    p95.computeIfAbsent(row.get("query"), k -> new LinkedHashMap<>()).put(size, ms);
                    all.add(ms);
                }
            }
        });
        LogAxis ax = LogAxis.spanning(all);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(f.x(), f.y(), f.w(), f.h());
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (double t : ax.ticks()) {
            int x = (int) ax.toPixel(t, f.x(), f.right());
            g.setColor(new Color(0xdddddd));
            g.drawLine(x, f.y(), x, f.bottom());
            g.setColor(Color.BLACK);
            String l = LogAxis.label(t);
            g.drawString(l, x - g.getFontMetrics().stringWidth(l) / 2, f.bottom() + 16);
        }
        centred(g, "p95 ms", f.x() + f.w() / 2, f.bottom() + 36);
        if (p95.isEmpty()) {
            note(g, f, "no queries-N.tsv results");
            return;
        }
        List<Long> sizes = new ArrayList<>(queries.keySet());
        double slot = (double) f.h() / p95.size();
        double bar = Math.max(1, (slot - 4) / Math.max(1, sizes.size()));
        int i = 0;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(8, Math.min(12, (int) slot - 2))));
        for (Map.Entry<String, Map<Long, Double>> q : p95.entrySet()) {
            double top = f.y() + i * slot + 2;
            g.setColor(Color.BLACK);
            String name = q.getKey();
            g.drawString(name, f.x() - 6 - g.getFontMetrics().stringWidth(name), (int) (top + slot / 2 + 4));
            for (int s = 0; s < sizes.size(); s++) {
                Double ms = q.getValue().get(sizes.get(s));
                if (ms == null) continue;
                int x1 = (int) ax.toPixel(ms, f.x(), f.right());
                g.setColor(PALETTE[(SIZE_COLOURS + s) % PALETTE.length]);
                g.fillRect(f.x() + 1, (int) (top + s * bar), Math.max(1, x1 - f.x() - 1), (int) Math.max(1, bar - 1));
            }
            i++;
        }
        List<String> names = new ArrayList<>();
        for (long size : sizes) names.add(String.format(java.util.Locale.ROOT, "%,d documents", size));
        legend(g, f.right() - 150, f.bottom() - 12 - 18 * names.size(), names, SIZE_COLOURS);
    }

    private static void axes(Graphics2D g, Frame f, LogAxis ax, LogAxis ay, String xLabel, String yLabel) {
        g.setStroke(new BasicStroke(1f));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (double t : ax.ticks()) {
            int x = (int) ax.toPixel(t, f.x(), f.right());
            g.setColor(new Color(0xdddddd));
            g.drawLine(x, f.y(), x, f.bottom());
            g.setColor(Color.BLACK);
            centred(g, LogAxis.label(t), x, f.bottom() + 16);
        }
        for (double t : ay.ticks()) {
            int y = (int) ay.toPixel(t, f.bottom(), f.y());
            g.setColor(new Color(0xdddddd));
            g.drawLine(f.x(), y, f.right(), y);
            g.setColor(Color.BLACK);
            String l = LogAxis.label(t);
            g.drawString(l, f.x() - 6 - g.getFontMetrics().stringWidth(l), y + 4);
        }
        g.drawRect(f.x(), f.y(), f.w(), f.h());
        centred(g, xLabel, f.x() + f.w() / 2, f.bottom() + 36);
        Graphics2D r = (Graphics2D) g.create();
        r.rotate(-Math.PI / 2);
        centred(r, yLabel, -(f.y() + f.h() / 2), f.x() - 48);
        r.dispose();
    }

    private static void legend(Graphics2D g, int x, int y, List<String> names, int firstColour) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        int w = 0;
        for (String n : names) w = Math.max(w, g.getFontMetrics().stringWidth(n));
        g.setColor(new Color(255, 255, 255, 230));
        g.fillRect(x, y, w + 40, 18 * names.size() + 8);
        g.setColor(Color.GRAY);
        g.drawRect(x, y, w + 40, 18 * names.size() + 8);
        for (int i = 0; i < names.size(); i++) {
            g.setColor(PALETTE[(firstColour + i) % PALETTE.length]);
            g.fillRect(x + 8, y + 8 + 18 * i, 20, 10);
            g.setColor(Color.BLACK);
            g.drawString(names.get(i), x + 34, y + 18 + 18 * i);
        }
    }

    private static void title(Graphics2D g, Frame f, String text) {
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        centred(g, text, f.x() + f.w() / 2, f.y() - 16);
    }

    private static void note(Graphics2D g, Frame f, String text) {
        g.setColor(Color.GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.ITALIC, 14));
        centred(g, text, f.x() + f.w() / 2, f.y() + f.h() / 2);
    }

    private static void centred(Graphics2D g, String text, int x, int y) {
        g.drawString(text, x - g.getFontMetrics().stringWidth(text) / 2, y);
    }
}
