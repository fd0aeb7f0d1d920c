package dev.queryguard.check.internal;

import dev.queryguard.analysis.StatementAnalysis;
import dev.queryguard.recording.StatementEntry;

import java.time.Instant;
import java.util.Objects;

/**
 * One execution, the same in every recording that saw it (a test's and a nested block's): the analysis instance
 * the recorder shares per SQL text, compared by identity, the start, the connection and the thread.
 */
public final class ExecutionId {

    private final StatementAnalysis analysis;
    private final Instant start;
    private final int connectionId;
    private final String thread;

    private ExecutionId(StatementAnalysis analysis, Instant start, int connectionId, String thread) {
        this.analysis = analysis;
        this.start = start;
        this.connectionId = connectionId;
        this.thread = thread;
    }

    public static ExecutionId of(StatementEntry entry) {
        return new ExecutionId(entry.analysis(), entry.start(), entry.connectionId(), entry.thread());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExecutionId that && analysis == that.analysis && start.equals(that.start)
                && connectionId == that.connectionId && Objects.equals(thread, that.thread);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * System.identityHashCode(analysis) + start.hashCode()) + connectionId;
    }
}
