package dev.queryguard.recording;

/** A transaction boundary made through the JDBC API. */
public enum TransactionAction {
    COMMIT,
    ROLLBACK,
    SAVEPOINT,
    RELEASE_SAVEPOINT,
    ROLLBACK_TO_SAVEPOINT
}
