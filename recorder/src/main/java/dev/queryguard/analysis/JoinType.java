package dev.queryguard.analysis;

/** How a join brings its table in. {@link #IMPLICIT} is the comma join ({@code FROM a, b}). */
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
