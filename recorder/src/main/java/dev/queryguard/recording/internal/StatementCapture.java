package dev.queryguard.recording.internal;

import dev.queryguard.analysis.StatementAnalysis;
import dev.queryguard.recording.CallSite;

import java.sql.SQLException;
import java.util.Arrays;

/**
 * A statement execution while it is still being read: only {@link #rowsRead} (and the segments that count its
 * rows without keeping it) change after creation, written by the thread that runs and reads it. Recordings turn
 * captures into immutable entries when they close.
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
    /** The segments that only counted this execution (past their cap), so they count its rows too. */
    private Segment countedIn;
    private Segment[] alsoCountedIn;

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
        if (countedIn != null) {
            countedIn.overflowRowRead();
            if (alsoCountedIn != null) {
                for (Segment segment : alsoCountedIn) {
                    segment.overflowRowRead();
                }
            }
        }
    }

    /** Called by a segment that keeps no details of this execution, only its counts. */
    void countRowsIn(Segment segment) {
        if (countedIn == null) {
            countedIn = segment;
        } else if (alsoCountedIn == null) {
            alsoCountedIn = new Segment[] {segment};
        } else {
            alsoCountedIn = Arrays.copyOf(alsoCountedIn, alsoCountedIn.length + 1);
            alsoCountedIn[alsoCountedIn.length - 1] = segment;
        }
    }

    public StatementAnalysis analysis() {
        return analysis;
    }
}
