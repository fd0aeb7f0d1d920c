package dev.queryguard;

import dev.queryguard.capture.internal.RecorderRuntime;
import dev.queryguard.capture.internal.RecordingDataSource;
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
 * <p>{@code jdbc:p6spy:} URLs record too, with nothing to configure. Thread-safe.
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
        return new RecordingScope(Scopes.openThreadScope(config().maxEntries()));
    }

    /** Opens a scope that records the statements of every thread, for code that runs on pools or servers. */
    public static RecordingScope startAllThreads() {
        return new RecordingScope(Scopes.openAllThreadsScope(config().maxEntries()));
    }

    /** The configuration in force: {@code queryguard.properties} and system properties, read on first use. */
    public static QueryGuardConfig config() {
        return RecorderRuntime.get().config();
    }

    /** Replaces the configuration for every statement recorded from now on. */
    public static void configure(QueryGuardConfig config) {
        RecorderRuntime.configure(config);
    }
}
