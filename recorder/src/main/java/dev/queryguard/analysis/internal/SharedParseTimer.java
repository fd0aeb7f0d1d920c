package dev.queryguard.analysis.internal;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** The JVM-wide {@link ParseTimer}: one daemon thread, started with the first parse. Thread-safe. */
final class SharedParseTimer implements ParseTimer {

    static final SharedParseTimer INSTANCE = new SharedParseTimer();

    private final ScheduledThreadPoolExecutor executor;

    private SharedParseTimer() {
        executor = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "queryguard-parse-timeout");
            thread.setDaemon(true);
            return thread;
        });
        // Most parses end long before their timeout: drop a disarmed timeout at once rather than keep it (and the
        // parser it would interrupt) queued until it expires.
        executor.setRemoveOnCancelPolicy(true);
    }

    @Override
    public Runnable arm(Runnable onTimeout, long millis) {
        ScheduledFuture<?> timeout = executor.schedule(onTimeout, millis, TimeUnit.MILLISECONDS);
        return () -> timeout.cancel(false);
    }
}
