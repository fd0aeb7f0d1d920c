package dev.queryguard.junit.internal;

/**
 * Throws the user's exceptions unchanged through code that cannot declare them, as JUnit's own
 * {@code assertTimeout} does: a test sees the {@code SQLException} its code threw, not a wrapper.
 */
public final class Rethrow {

    private Rethrow() {
    }

    /** Throws {@code throwable}; declared to return an exception so callers can write {@code throw}. */
    public static RuntimeException unchecked(Throwable throwable) {
        throw Rethrow.<RuntimeException>sneaky(throwable);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T sneaky(Throwable throwable) throws T {
        throw (T) throwable;
    }
}
