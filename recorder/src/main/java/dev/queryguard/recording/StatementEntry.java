package dev.queryguard.recording;

import dev.queryguard.analysis.StatementAnalysis;
import dev.queryguard.analysis.StatementKind;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One execution of a SQL statement (or of a batch) as the JDBC driver saw it. Immutable.
 *
 * @param analysis      what the SQL does and touches; shared by every execution of the same text
 * @param boundValues   the values bound to the statement's parameters, in order ({@code null} for an unset or
 *                      SQL NULL parameter; large values are replaced by a short description); empty for batches
 * @param start         when the execution began
 * @param durationNanos how long the driver took to execute it (without reading the rows)
 * @param rowsRead      how many rows the application read from its result sets ({@code ResultSet.next})
 * @param rowsAffected  the update count, summed over a batch; {@code -1} for queries
 * @param batchSize     how many commands a batch held; {@code 0} when the execution was not a batch
 * @param connectionId  the connection it ran on
 * @param transactionId the transaction it ran in, or {@code null} under autocommit
 * @param thread        the name of the thread that ran it
 * @param error         the driver's exception (passed on to the caller untouched), or {@code null}
 * @param callSite      where the application ran it, or {@code null} when call sites are not captured
 * @param stack         the full stack below our own frames, only when asked for; otherwise empty
 * @param executions    how many times this recording saw the same SQL with the same bound values
 */
public record StatementEntry(
        StatementAnalysis analysis,
        List<Object> boundValues,
        Instant start,
        long durationNanos,
        int rowsRead,
        int rowsAffected,
        int batchSize,
        int connectionId,
        Long transactionId,
        String thread,
        SQLException error,
        CallSite callSite,
        List<StackTraceElement> stack,
        int executions) implements RecordedEntry {

    public StatementEntry {
        Objects.requireNonNull(analysis, "analysis must not be null");
        Objects.requireNonNull(boundValues, "boundValues must not be null");
        Objects.requireNonNull(start, "start must not be null");
        Objects.requireNonNull(stack, "stack must not be null");
        if (executions < 1) {
            throw new IllegalArgumentException("executions must be at least 1: " + executions);
        }
    }

    @Override
    public Source source() {
        return Source.JDBC;
    }

    public String sql() {
        return analysis.sql();
    }

    public StatementKind kind() {
        return analysis.kind();
    }

    public String fingerprint() {
        return analysis.fingerprint();
    }

    public Duration duration() {
        return Duration.ofNanos(durationNanos);
    }

    public boolean batch() {
        return batchSize > 0;
    }

    public boolean succeeded() {
        return error == null;
    }

    /** Whether the same SQL ran with the same bound values more than once in this recording. */
    public boolean repeated() {
        return executions > 1;
    }
}
