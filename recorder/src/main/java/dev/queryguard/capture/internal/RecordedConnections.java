package dev.queryguard.capture.internal;

import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the connections that record into QueryGuard (wrapped DataSources and {@code jdbc:p6spy:} URLs alike), so
 * that a face can tell code that ran no statement from code whose statements QueryGuard cannot see. Thread-safe.
 */
public final class RecordedConnections {

    // Pools hand out connections on many threads at once; only a profiler reads the sum.
    private static final LongAdder OPENED = new LongAdder();

    private RecordedConnections() {
    }

    static void opened() {
        OPENED.increment();
    }

    /** How many recording connections this JVM has handed out so far. */
    public static long openedSoFar() {
        return OPENED.sum();
    }
}
