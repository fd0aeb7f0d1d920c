package dev.queryguard.check;

import dev.queryguard.check.internal.ExternalCallInTransactionMessage;
import dev.queryguard.recording.ExternalCallEntry;
import dev.queryguard.recording.Recording;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * No external call inside a transaction: a call to another service made while the calling thread holds an open
 * database transaction keeps that transaction, its locks and its connection open for as long as the service
 * takes. Transactions already open when the recording started (a test wrapped in a rollback) are not counted;
 * a call made after the commit is fine. A pure function of the recording; thread-safe.
 */
public final class ExternalCallsInTransaction {

    /** The check's name in {@link CheckFailure#check()}. */
    public static final String NAME = "external-calls-in-transaction";

    private ExternalCallsInTransaction() {
    }

    /**
     * Returns the failure when the recording made external calls inside transactions it began.
     *
     * @param subject    what ran, as the message names it: {@code UploadsTests.uploadsAPackage()}
     * @param allowHint  how the face allows such calls, e.g. {@code @AllowExternalCallsInTransaction(reason =
     *                   "...")}, or {@code null} when it cannot
     */
    public static Optional<CheckFailure> check(String subject, Recording recording, String allowHint) {
        Objects.requireNonNull(subject, "subject must not be null");
        List<ExternalCallEntry> violations = violations(recording);
        if (violations.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ExternalCallInTransactionMessage.failure(subject, violations, allowHint));
    }

    /** The external calls made while a transaction begun in the recording was open, in the order they ran. */
    public static List<ExternalCallEntry> violations(Recording recording) {
        Objects.requireNonNull(recording, "recording must not be null");
        return recording.externalCalls().stream()
                .filter(call -> !call.transactionsBegunInRecording().isEmpty())
                .toList();
    }
}
