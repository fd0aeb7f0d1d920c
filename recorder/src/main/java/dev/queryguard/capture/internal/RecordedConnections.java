package dev.queryguard.capture.internal;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the connections that record into QueryGuard (wrapped DataSources and {@code jdbc:p6spy:} URLs alike), so
 * that a face can tell code that ran no statement from code whose statements QueryGuard cannot see. Thread-safe.
 */
public final class RecordedConnections {

    private static final AtomicLong OPENED = new AtomicLong();

    private RecordedConnections() {
    }

    static void opened() {
        OPENED.incrementAndGet();
    }

    /** How many recording connections this JVM has handed out so far. */
    public static long openedSoFar() {
        return OPENED.get();
    }
}
