package dev.queryguard.recording.internal;

import dev.queryguard.analysis.StatementKind;
import dev.queryguard.recording.CacheEntry;

import java.util.Arrays;

/**
 * The part of one scope's timeline written by one thread. Exactly one thread appends, so appending takes no
 * lock; the volatile {@link #size} publishes each entry to the thread that closes the scope. Past the scope's
 * cap it stops keeping entries and only counts them.
 */
final class Segment {

    private final int cap;
    private volatile Object[] entries = new Object[16];
    private volatile long[] startTimes = new long[16];
    private volatile int size;

    private final long[] overflowStatements = new long[StatementKind.values().length];
    private long overflowUnparsed;
    private long overflowCrossSchema;
    private long overflowRows;
    private long overflowCached;
    private long overflowTransactions;
    private long overflowExternalCalls;

    Segment(int cap) {
        this.cap = cap;
    }

    void add(Object entry, long startNanoTime) {
        int n = size;
        if (n >= cap) {
            countOverflow(entry);
            return;
        }
        Object[] e = entries;
        long[] t = startTimes;
        if (n == e.length) {
            int grown = (int) Math.min((long) cap, n * 2L);
            e = Arrays.copyOf(e, grown);
            t = Arrays.copyOf(t, grown);
            entries = e;
            startTimes = t;
        }
        e[n] = entry;
        t[n] = startNanoTime;
        size = n + 1;
    }

    private void countOverflow(Object entry) {
        if (entry instanceof StatementCapture capture) {
            overflowStatements[capture.analysis.kind().ordinal()]++;
            if (!capture.analysis.parsed()) {
                overflowUnparsed++;
            }
            if (capture.analysis.crossSchema()) {
                overflowCrossSchema++;
            }
            // Rows are read after the execution: the capture brings them here as they come.
            capture.countRowsIn(this);
        } else if (entry instanceof CacheEntry) {
            overflowCached++;
        } else if (entry instanceof ExternalCallCapture) {
            overflowExternalCalls++;
        } else {
            overflowTransactions++;
        }
    }

    /** The entries published so far; {@code size} is read first so the arrays read hold at least that many. */
    Published published() {
        int n = size;
        return new Published(entries, startTimes, n);
    }

    record Published(Object[] entries, long[] startTimes, int size) {
    }

    long overflowStatements(StatementKind kind) {
        return overflowStatements[kind.ordinal()];
    }

    long overflowUnparsed() {
        return overflowUnparsed;
    }

    long overflowCrossSchema() {
        return overflowCrossSchema;
    }

    long overflowRows() {
        return overflowRows;
    }

    /** Counts a row read from a statement this segment only counted. */
    void overflowRowRead() {
        overflowRows++;
    }

    long overflowCached() {
        return overflowCached;
    }

    long overflowTransactions() {
        return overflowTransactions;
    }

    long overflowExternalCalls() {
        return overflowExternalCalls;
    }
}
