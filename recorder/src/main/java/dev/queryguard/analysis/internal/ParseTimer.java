package dev.queryguard.analysis.internal;

/**
 * Arms the timeout of one parse. The shared timer runs every timeout on one daemon thread, so that a parse costs
 * no thread of its own (JSqlParser's own timeout hands each parse to an executor thread, which costs more than
 * most parses); it is only used on cache misses.
 */
@FunctionalInterface
public interface ParseTimer {

    /**
     * Runs {@code onTimeout} after {@code millis} unless the returned handle is run first.
     *
     * @return the handle that disarms the timeout; running it after the timeout fired does nothing
     */
    Runnable arm(Runnable onTimeout, long millis);

    /** The timer shared by every analyzer in the JVM; its thread starts with the first parse. */
    static ParseTimer shared() {
        return SharedParseTimer.INSTANCE;
    }
}
