package dev.queryguard.analysis;

import java.util.List;
import java.util.Objects;

/**
 * What one SQL text does and touches. Immutable and shared: every execution of the same SQL text refers to
 * the same instance, which also holds the one copy of the text a recording keeps.
 *
 * @param sql         the SQL text as prepared
 * @param kind        what the statement does (for a text of several statements, what the first does)
 * @param parsed      whether JSqlParser read the statement; when not, kind and tables come from a tolerant scan
 * @param error       why the statement was not parsed, or {@code null} when it was
 * @param fingerprint the statement with literals and bind markers as {@code ?}, {@code IN} lists as
 *                    {@code in (...)}, alike multi-row {@code VALUES} as one row and {@code , ...}, comments
 *                    dropped, case and white space normalized: it groups executions for counting and diffs
 * @param tables      every table touched (by every statement of the text), in order of first appearance, each once
 * @param joins       every join, in order of appearance
 * @param groups      the sorted, distinct schema groups of the tables
 * @param crossSchema whether the statement mixes schema groups that may not be mixed
 */
public record StatementAnalysis(
        String sql,
        StatementKind kind,
        boolean parsed,
        String error,
        String fingerprint,
        List<TableRef> tables,
        List<JoinRef> joins,
        List<String> groups,
        boolean crossSchema) {

    public StatementAnalysis {
        Objects.requireNonNull(sql, "sql must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(fingerprint, "fingerprint must not be null");
        tables = List.copyOf(tables);
        joins = List.copyOf(joins);
        groups = List.copyOf(groups);
        if (parsed && error != null) {
            throw new IllegalArgumentException("a parsed statement has no error: " + error);
        }
        if (!parsed && error == null) {
            throw new IllegalArgumentException("an unparsed statement needs the parser's reason");
        }
    }
}
