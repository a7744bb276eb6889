package dev.aikg.build;

/**
 * When a build compacts the store. TDB2 is copy-on-write: every write transaction leaves the old
 * versions of the blocks it changed behind, and only compaction (a full copy of the live data)
 * gives the space back. Compacting after every build would make a small incremental build cost as
 * much as the whole store, so the default waits until the store has grown well past its size after
 * the last compaction: the copy is then paid once per doubling-ish of the store, not per build.
 */
public enum Compaction {
    /** Compact when the store is more than {@link #GROWTH} times its size after the last compaction. */
    AUTO,
    /** Compact after every build that wrote anything. */
    ALWAYS,
    /** Never compact during a build ({@code aikg compact} does it on demand). */
    NEVER;

    /** The growth over the last compacted size that triggers an automatic compaction. */
    public static final double GROWTH = 1.5;

    /**
     * Whether to compact now.
     *
     * @param size        the store's size on disk after the build
     * @param baseline    its size after the last compaction (or after a first build into an empty
     *                    store, which leaves nothing to reclaim), or -1 when unknown
     * @param startedEmpty true when the build began with an empty store
     */
    public boolean due(long size, long baseline, boolean startedEmpty) {
        return switch (this) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> baseline > 0 ? size > GROWTH * baseline : !startedEmpty;
        };
    }
}
