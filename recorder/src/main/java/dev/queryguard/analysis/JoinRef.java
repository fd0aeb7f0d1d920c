package dev.queryguard.analysis;

import java.util.Objects;

/**
 * One join of a statement and the table it brings in.
 *
 * @param type  the join's type
 * @param table the normalized name of the joined table, or {@code null} when the join brings in a subquery, a table
 *              function, a nested join list or a common table expression
 */
public record JoinRef(JoinType type, String table) {
    public JoinRef {
        Objects.requireNonNull(type, "type must not be null");
    }
}
