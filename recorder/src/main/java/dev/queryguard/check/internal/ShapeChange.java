package dev.queryguard.check.internal;

import dev.queryguard.recording.CallSite;

/**
 * A shape that ran a different number of times in a measured recording than in its control.
 *
 * @param text     the shape as messages show it
 * @param expected how many times the control ran it
 * @param got      how many times the measured recording ran it
 * @param firstAt  its first call site, in the measured recording, or in the control when only there
 */
public record ShapeChange(String text, long expected, long got, CallSite firstAt) {

    /** {@code +} only in the measured recording, {@code -} only in the control, {@code ~} in both. */
    public char mark() {
        return expected == 0 ? '+' : got == 0 ? '-' : '~';
    }

    public long delta() {
        return got - expected;
    }
}
