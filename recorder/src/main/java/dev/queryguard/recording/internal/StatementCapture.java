package dev.queryguard.recording.internal;

import dev.queryguard.analysis.StatementAnalysis;
import dev.queryguard.recording.CallSite;

import java.sql.SQLException;

/**
 * A statement execution while it is still being read: only {@link #rowsRead} changes after creation, written
 * by the thread that reads the result set. Recordings turn captures into immutable entries when they close.
 */
public final class StatementCapture {

    static final Object[] NO_VALUES = new Object[0];
    static final StackTraceElement[] NO_STACK = new StackTraceElement[0];

    final StatementAnalysis analysis;
    final Object[] boundValues;
    final long startNanoTime;
    final long durationNanos;
    final int rowsAffected;
    final int batchSize;
    final int connectionId;
    final long transactionId;
    final String thread;
    final SQLException error;
    final CallSite callSite;
    final StackTraceElement[] stack;
    int rowsRead;

    /**
     * Creates a capture.
     *
     * @param transactionId the transaction, or {@code 0} under autocommit
     */
    public StatementCapture(StatementAnalysis analysis, Object[] boundValues, long startNanoTime, long durationNanos,
                            int rowsAffected, int batchSize, int connectionId, long transactionId, String thread,
                            SQLException error, CallSite callSite, StackTraceElement[] stack) {
        this.analysis = analysis;
        this.boundValues = boundValues != null ? boundValues : NO_VALUES;
        this.startNanoTime = startNanoTime;
        this.durationNanos = durationNanos;
        this.rowsAffected = rowsAffected;
        this.batchSize = batchSize;
        this.connectionId = connectionId;
        this.transactionId = transactionId;
        this.thread = thread;
        this.error = error;
        this.callSite = callSite;
        this.stack = stack != null ? stack : NO_STACK;
    }

    /** Counts one more row read from a result set of this execution. */
    public void rowRead() {
        rowsRead++;
    }

    public StatementAnalysis analysis() {
        return analysis;
    }
}
