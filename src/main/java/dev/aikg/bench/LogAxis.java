package dev.aikg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A base-10 logarithmic axis over whole decades, mapping values to pixels.
 *
 * @param lowDecade  exponent of the first tick (10^lowDecade)
 * @param highDecade exponent of the last tick, always above the first
 */
record LogAxis(int lowDecade, int highDecade) {
    LogAxis {
        if (highDecade <= lowDecade) throw new IllegalArgumentException("an axis needs at least one decade");
    }

    /** The smallest whole-decade axis holding every positive value; one decade around 1 when there is none. */
    static LogAxis spanning(List<Double> values) {
        double min = Double.MAX_VALUE, max = 0;
        for (double v : values) {
            if (v > 0 && Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (max == 0) return new LogAxis(0, 1);
        int low = (int) Math.floor(Math.log10(min));
        int high = (int) Math.ceil(Math.log10(max));
        return new LogAxis(low, Math.max(high, low + 1));
    }

    /** Position of a value between the pixel at the first tick and the pixel at the last. */
    double toPixel(double value, double fromPixel, double toPixel) {
        double f = (Math.log10(value) - lowDecade) / (highDecade - lowDecade);
        return fromPixel + f * (toPixel - fromPixel);
    }

    List<Double> ticks() {
        List<Double> t = new ArrayList<>();
        for (int e = lowDecade; e <= highDecade; e++) t.add(Math.pow(10, e));
        return t;
    }

    /** A tick label: 0.01, 0.1, 1, 10, 100, 1k, 10k, 100k, 1M. */
    static String label(double tick) {
        if (tick >= 1e6) return String.format(Locale.ROOT, "%.0fM", tick / 1e6);
        if (tick >= 1e3) return String.format(Locale.ROOT, "%.0fk", tick / 1e3);
        if (tick >= 1) return String.format(Locale.ROOT, "%.0f", tick);
        return new java.math.BigDecimal(tick).round(new java.math.MathContext(1)).stripTrailingZeros().toPlainString();
    }
}
