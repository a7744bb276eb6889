package dev.aikg.annotate;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Wall time spent per named stage, summed over documents and threads (for {@code build --profile}). */
public class StageTimings {
    /** Timings that record nothing. */
    public static final StageTimings NONE = new StageTimings() {
        @Override
        public void add(String stage, long nanos) { }
    };

    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<String, Integer> order = new ConcurrentHashMap<>();

    public void add(String stage, long elapsedNanos) {
        order.putIfAbsent(stage, order.size());
        nanos.computeIfAbsent(stage, k -> new LongAdder()).add(elapsedNanos);
    }

    /** Stage name → milliseconds, in the order stages first ran. */
    public Map<String, Double> millis() {
        Map<String, Double> out = new java.util.LinkedHashMap<>();
        order.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> out.put(e.getKey(), nanos.get(e.getKey()).sum() / 1e6));
        return out;
    }
}
