package dev.queryguard.analysis.internal;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

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
        return SharedTimer.TIMER;
    }

    /** Holds the shared timer, created on first use. */
    final class SharedTimer {

        static final ParseTimer TIMER = create();

        private SharedTimer() {
        }

        private static ParseTimer create() {
            ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
                Thread thread = new Thread(task, "queryguard-parse-timeout");
                thread.setDaemon(true);
                return thread;
            });
            // Most parses finish long before their timeout: drop cancelled timeouts now, not when they expire.
            executor.setRemoveOnCancelPolicy(true);
            return (onTimeout, millis) -> {
                ScheduledFuture<?> future = executor.schedule(onTimeout, millis, TimeUnit.MILLISECONDS);
                return () -> future.cancel(false);
            };
        }
    }
}
