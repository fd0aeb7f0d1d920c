package dev.queryguard.recording;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A transaction a thread held open when it made an external call.
 *
 * @param connectionId         the connection it runs on
 * @param transactionId        the transaction, as {@link StatementEntry#transactionId()} names it
 * @param began                when it began: when autocommit went off (or a DataSource handed the connection out
 *                             without it), else when its first statement (or savepoint) ran
 * @param beganAt              where the application ran its first statement, or {@code null} when it was not
 *                             recorded
 * @param beganBeforeRecording whether it was already open when the recording started: a test framework's
 *                             transaction around the test body, even when the body runs its first statement
 * @param statements           the first {@value #MAX_STATEMENTS} statements of it the recording saw before the call
 * @param statementCount       how many statements of it the recording saw before the call
 */
public record OpenTransaction(int connectionId, long transactionId, Instant began, CallSite beganAt,
                              boolean beganBeforeRecording, List<StatementEntry> statements, int statementCount) {

    /** The most statements an open transaction keeps in detail. */
    public static final int MAX_STATEMENTS = 5;

    public OpenTransaction {
        Objects.requireNonNull(began, "began must not be null");
        statements = List.copyOf(statements);
        if (statements.size() > MAX_STATEMENTS) {
            throw new IllegalArgumentException("statements must hold at most " + MAX_STATEMENTS + ": "
                    + statements.size());
        }
        if (statementCount < statements.size()) {
            throw new IllegalArgumentException("statementCount must not be below the statements kept: "
                    + statementCount + " < " + statements.size());
        }
    }
}
