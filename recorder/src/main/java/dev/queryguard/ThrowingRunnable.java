package dev.queryguard;

/** A block of code that may throw, for {@link QueryGuard#record(ThrowingRunnable)}. */
@FunctionalInterface
public interface ThrowingRunnable<E extends Throwable> {
    void run() throws E;
}
