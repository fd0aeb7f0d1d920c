package dev.queryguard.analysis;

/**
 * How a join brings its table in. A join is what the SQL spells as one: a {@code JOIN} clause, or a comma of a
 * {@code FROM} or {@code USING} list ({@link #IMPLICIT}, as in {@code FROM a, b}); the first item of such a list
 * is not a join. {@link #INNER} includes a plain {@code JOIN}; {@link #LATERAL} covers every join of a
 * {@code LATERAL} subquery, whatever its other keywords, and SQL Server's {@code CROSS APPLY}/{@code OUTER APPLY}.
 */
public enum JoinType {
    INNER,
    LEFT,
    RIGHT,
    FULL,
    CROSS,
    NATURAL,
    LATERAL,
    IMPLICIT
}
