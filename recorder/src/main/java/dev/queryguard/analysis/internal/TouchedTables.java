package dev.queryguard.analysis.internal;

import dev.queryguard.analysis.JoinRef;

import java.util.List;

/**
 * The tables and joins found in one statement, by the parser or by the tolerant scan.
 *
 * @param tables the normalized table names, each once, in order of first appearance
 * @param joins  the joins, in order of appearance
 */
public record TouchedTables(List<String> tables, List<JoinRef> joins) {

    /** Nothing touched. */
    public static final TouchedTables NONE = new TouchedTables(List.of(), List.of());

    public TouchedTables {
        tables = List.copyOf(tables);
        joins = List.copyOf(joins);
    }
}
