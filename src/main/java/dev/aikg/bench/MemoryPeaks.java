package dev.aikg.bench;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Peak memory of this JVM while a piece of work runs, three ways, because each answers a different
 * question:
 * <ul>
 * <li>peak heap: the sum over heap pools of each pool's peak usage. It counts garbage not yet
 *     collected and pools can peak at different moments, so it is an upper bound, close to the
 *     heap the collector chose to grow to;</li>
 * <li>peak heap after GC: the largest heap in use right after a collection, i.e. the live data the
 *     work needed at most (-1 when no collection happened);</li>
 * <li>peak RSS: the process's resident set high-water mark ({@code VmHWM}, Linux only), the memory
 *     the machine actually gave it, heap, metaspace, threads and memory-mapped store files included.</li>
 * </ul>
 * Whether the work fits a heap size is proved by running it under {@code -Xmx}; these figures say how
 * close it came.
 */
public final class MemoryPeaks implements AutoCloseable {
    private static final Pattern VM_HWM = Pattern.compile("(?m)^VmHWM:\\s*(\\d+)\\s*kB");

    private final List<MemoryPoolMXBean> heapPools = new ArrayList<>();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final AtomicLong afterGcPeak = new AtomicLong(-1);
    private final NotificationListener listener = this::onGc;

    private MemoryPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.isValid()) heapPools.add(p);
        }
    }

    /** Starts watching: resets the pools' peaks and listens for the end of every collection. */
    public static MemoryPeaks start() {
        MemoryPeaks m = new MemoryPeaks();
        m.heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(m.listener, null, null);
                m.emitters.add(e);
            }
        }
        return m;
    }

    /** Sum of the heap pools' peak usage since {@link #start()}, in bytes. */
    public long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean p : heapPools) {
            MemoryUsage u = p.getPeakUsage();
            if (u != null) sum += u.getUsed();
        }
        return sum;
    }

    /** Largest heap in use right after a collection since {@link #start()}, in bytes; -1 if none ran. */
    public long peakHeapAfterGcBytes() { return afterGcPeak.get(); }

    /** The process's resident set high-water mark, when the system tells it (Linux). */
    public static OptionalLong peakRssBytes() {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) return OptionalLong.empty();
        try {
            return parseVmHwm(Files.readString(status, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    /** The {@code VmHWM} line of a {@code /proc/PID/status} text, in bytes. */
    static OptionalLong parseVmHwm(String status) {
        Matcher m = VM_HWM.matcher(status);
        return m.find() ? OptionalLong.of(Long.parseLong(m.group(1)) * 1024) : OptionalLong.empty();
    }

    /** One line for a report: "peak heap 812.0 MB (after GC 301.5 MB), peak RSS 1204.3 MB, max heap 1073.7 MB"; plain numbers so scripts can read them. */
    public String summary() {
        long after = peakHeapAfterGcBytes();
        OptionalLong rss = peakRssBytes();
        return String.format(Locale.ROOT, "peak heap %.1f MB (after GC %s), peak RSS %s, max heap %.1f MB",
                mb(peakHeapBytes()), after < 0 ? "n/a: no collection" : String.format(Locale.ROOT, "%.1f MB", mb(after)),
                rss.isPresent() ? String.format(Locale.ROOT, "%.1f MB", mb(rss.getAsLong())) : "n/a",
                mb(Runtime.getRuntime().maxMemory()));
    }

    private static double mb(long bytes) { return bytes / 1e6; }

    private void onGc(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) return;
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long used = 0;
        for (MemoryPoolMXBean p : heapPools) {
            MemoryUsage u = info.getGcInfo().getMemoryUsageAfterGc().get(p.getName());
            if (u != null) used += u.getUsed();
        }
        afterGcPeak.accumulateAndGet(used, Math::max);
    }

    /** Stops listening; the figures stay readable. */
    @Override
    public void close() {
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(listener);
            } catch (javax.management.ListenerNotFoundException ignored) {
                // Already removed: nothing to undo.
            }
        }
        emitters.clear();
    }
}
