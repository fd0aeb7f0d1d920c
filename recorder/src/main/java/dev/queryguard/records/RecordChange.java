package dev.queryguard.records;

import dev.queryguard.recording.CallSite;

import java.util.Objects;

/**
 * A shape a test ran a different number of times than its record says.
 *
 * @param label    the statement kind, or {@link RecordLine#CACHED}
 * @param text     the fingerprint, or the cache kind and region
 * @param expected the record's count; 0 when the record does not have the shape
 * @param got      how many times the test ran it; 0 when it no longer does
 * @param firstAt  where the test first ran it, or {@code null} when it did not or call sites are off
 */
public record RecordChange(String label, String text, long expected, long got, CallSite firstAt) {

    public RecordChange {
        Objects.requireNonNull(label, "label must not be null");
        Objects.requireNonNull(text, "text must not be null");
        if (expected < 0 || got < 0 || expected == got) {
            throw new IllegalArgumentException("a change needs two different counts, not negative: expected "
                    + expected + ", got " + got);
        }
    }

    /** {@code +} a shape the record does not have, {@code -} one the test no longer runs, {@code ~} a new count. */
    public char mark() {
        return expected == 0 ? '+' : got == 0 ? '-' : '~';
    }

    /** Whether the test ran the shape more often than its record allows. */
    public boolean grew() {
        return got > expected;
    }
}
