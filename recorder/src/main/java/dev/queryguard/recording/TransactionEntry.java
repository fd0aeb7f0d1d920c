package dev.queryguard.recording;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;

/**
 * A commit, rollback or savepoint made on a connection.
 *
 * @param action        what was done
 * @param connectionId  the connection it was done on
 * @param transactionId the transaction it ended or marked, or {@code null} when none was open (a commit with
 *                      nothing to commit)
 * @param start         when it began
 * @param durationNanos how long the driver took
 * @param thread        the thread that did it
 * @param error         the driver's exception, passed on to the caller untouched, or {@code null}
 * @param callSite      where the application did it, or {@code null} when not captured
 */
public record TransactionEntry(
        TransactionAction action,
        int connectionId,
        Long transactionId,
        Instant start,
        long durationNanos,
        String thread,
        SQLException error,
        CallSite callSite) implements RecordedEntry {

    public TransactionEntry {
        Objects.requireNonNull(action, "action must not be null");
        Objects.requireNonNull(start, "start must not be null");
    }

    @Override
    public Source source() {
        return Source.JDBC;
    }

    public boolean succeeded() {
        return error == null;
    }
}
