package dev.queryguard.recording;

import java.util.List;
import java.util.Objects;

/**
 * A statement that ran more than once in one recording with the same SQL and the same bound values.
 *
 * @param sql         the SQL text
 * @param boundValues the values it was run with each time
 * @param executions  how many times it ran
 * @param first       its first execution, with its call site
 */
public record RepeatedStatement(String sql, List<Object> boundValues, int executions, StatementEntry first) {
    public RepeatedStatement {
        Objects.requireNonNull(sql, "sql must not be null");
        Objects.requireNonNull(first, "first must not be null");
        if (executions < 2) {
            throw new IllegalArgumentException("a repeated statement runs at least twice: " + executions);
        }
    }
}
