package dev.queryguard.recording.internal;

import java.time.Instant;

/**
 * Turns {@link System#nanoTime()} readings into instants. The hot path reads only {@code nanoTime}; the wall
 * clock is read once, when this class loads.
 */
public final class WallClock {

    private static final long ANCHOR_NANO_TIME = System.nanoTime();
    private static final Instant ANCHOR_INSTANT = Instant.now();

    private WallClock() {
    }

    public static Instant instantOf(long nanoTime) {
        return ANCHOR_INSTANT.plusNanos(nanoTime - ANCHOR_NANO_TIME);
    }
}
