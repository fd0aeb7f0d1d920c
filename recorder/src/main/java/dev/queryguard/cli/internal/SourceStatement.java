package dev.queryguard.cli.internal;

import java.util.Objects;

/**
 * One statement read from the input, with the line it starts on.
 *
 * @param line the 1-based input line where the statement's first character is
 * @param sql  the statement text, trimmed, never blank
 */
public record SourceStatement(int line, String sql) {
    public SourceStatement {
        if (line < 1) {
            throw new IllegalArgumentException("line must be at least 1: " + line);
        }
        Objects.requireNonNull(sql, "sql must not be null");
        if (sql.isBlank()) {
            throw new IllegalArgumentException("sql must not be blank");
        }
    }
}
