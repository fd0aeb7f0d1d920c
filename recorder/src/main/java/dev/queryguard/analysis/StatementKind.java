package dev.queryguard.analysis;

/**
 * What a statement does, decided by the parser ({@code WITH ... SELECT} is a {@link #SELECT}, {@code DROP} is
 * {@link #DDL}). For SQL the parser cannot read, the kind comes from the leading keyword.
 */
public enum StatementKind {
    SELECT,
    INSERT,
    UPDATE,
    DELETE,
    MERGE,
    /** CREATE, ALTER, DROP, TRUNCATE, COMMENT, GRANT and the like. */
    DDL,
    /** Stored procedure calls: {@code CALL}, {@code {call ...}}, {@code EXEC}. */
    CALL,
    /** Transaction control written as SQL: BEGIN, START TRANSACTION, COMMIT, ROLLBACK, SAVEPOINT. */
    TRANSACTION,
    /** Everything else: SET, SHOW, EXPLAIN, VALUES, session commands. */
    OTHER
}
