package dev.queryguard;

import dev.queryguard.capture.internal.ExternalCalls;
import dev.queryguard.capture.internal.RecorderRuntime;
import dev.queryguard.capture.internal.RecordingDataSource;
import dev.queryguard.capture.internal.WatchingProxySelector;
import dev.queryguard.config.QueryGuardConfig;
import dev.queryguard.recording.Recording;
import dev.queryguard.recording.RecordingScope;
import dev.queryguard.recording.internal.Scopes;

import javax.sql.DataSource;
import java.util.Objects;

/**
 * QueryGuard's entry point: wrap a DataSource once, then record what blocks of code run against it.
 *
 * <pre>{@code
 * DataSource dataSource = QueryGuard.wrap(hikariDataSource);
 * Recording recording = QueryGuard.record(() -> service.listPackages(projectId));
 * assert recording.count(StatementKind.SELECT) <= 3 : recording.statements();
 * }</pre>
 *
 * <p>{@code jdbc:p6spy:} URLs record too, with nothing to configure. Recordings also see the calls the recorded
 * code makes to services outside the database: HTTP requests of {@code java.net.http.HttpClient} and
 * {@code HttpURLConnection}, {@code Socket} connects, and what {@link #externalCall} declares. Thread-safe.
 */
public final class QueryGuard {

    private QueryGuard() {
    }

    /**
     * Returns a DataSource whose statements are recorded. Wrapping a DataSource that already records returns it
     * unchanged, and connections that already record are never wrapped twice.
     */
    public static DataSource wrap(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource must not be null");
        watchExternalCalls();
        return RecordingDataSource.records(dataSource) ? dataSource : new RecordingDataSource(dataSource);
    }

    /** Runs {@code block} and returns what it ran on the calling thread, including threads it carried the scope to. */
    public static <E extends Throwable> Recording record(ThrowingRunnable<E> block) throws E {
        Objects.requireNonNull(block, "block must not be null");
        RecordingScope scope = start();
        try {
            block.run();
        } finally {
            scope.stop();
        }
        return scope.recording();
    }

    /** Opens a scope that records the calling thread's statements until it is stopped. */
    public static RecordingScope start() {
        watchExternalCalls();
        return new RecordingScope(Scopes.openThreadScope(config().maxEntries()));
    }

    /** Opens a scope that records the statements of every thread, for code that runs on pools or servers. */
    public static RecordingScope startAllThreads() {
        watchExternalCalls();
        return new RecordingScope(Scopes.openAllThreadsScope(config().maxEntries()));
    }

    /**
     * Records a call to a service outside the database that QueryGuard cannot see by itself (a job queue, a lock
     * service, a gRPC or Redis client), so that recordings count it and a call inside an open transaction fails
     * the check. Does nothing when no recording listens.
     *
     * <pre>{@code
     * QueryGuard.externalCall("job-queue", "enqueue PackageIndexJob");
     * jobs.enqueue(new PackageIndexJob(pkg.id()));
     * }</pre>
     *
     * @param kind   what kind of service, e.g. {@code "grpc"}; shown in messages
     * @param target which service or operation, e.g. {@code "payments.Charge"}; shown in messages
     */
    public static void externalCall(String kind, String target) {
        requireText(kind, "kind");
        requireText(target, "target");
        ExternalCalls.declared(kind.strip(), target.strip());
    }

    /**
     * Starts watching HTTP requests and socket connects, by wrapping the JVM's default {@code ProxySelector}
     * (its proxy decisions stay as they were). QueryGuard calls it itself whenever it wraps a DataSource, opens a
     * recording or a test class starts; call it earlier only when {@code HttpClient}s are built before any of
     * these, because an {@code HttpClient} keeps the selector that was the default when it was built.
     * Idempotent.
     */
    public static void watchExternalCalls() {
        WatchingProxySelector.install();
    }

    /** The configuration in force: {@code queryguard.properties} and system properties, read on first use. */
    public static QueryGuardConfig config() {
        return RecorderRuntime.get().config();
    }

    /** Replaces the configuration for every statement recorded from now on. */
    public static void configure(QueryGuardConfig config) {
        RecorderRuntime.configure(config);
        watchExternalCalls();
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name + " must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
