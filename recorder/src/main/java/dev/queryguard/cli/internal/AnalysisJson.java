package dev.queryguard.cli.internal;

import dev.queryguard.analysis.JoinRef;
import dev.queryguard.analysis.StatementAnalysis;
import dev.queryguard.analysis.TableRef;

import java.util.List;

/**
 * Formats one analysed statement as the compact JSON object of {@code analyze}'s output, with its fields in
 * the documented order: {@code line, sql, kind, parsed, error, fingerprint, tables, joins, groups,
 * crossSchema}. Thread-safe.
 */
public final class AnalysisJson {

    private AnalysisJson() {
    }

    /** Returns the JSON object for {@code statement} and its {@code analysis}, without a line break. */
    public static String of(SourceStatement statement, StatementAnalysis analysis) {
        StringBuilder json = new StringBuilder(128 + 2 * statement.sql().length());
        json.append("{\"line\":").append(statement.line());
        Json.appendString(json.append(",\"sql\":"), statement.sql());
        Json.appendString(json.append(",\"kind\":"), analysis.kind().name());
        json.append(",\"parsed\":").append(analysis.parsed());
        Json.appendString(json.append(",\"error\":"), analysis.error());
        Json.appendString(json.append(",\"fingerprint\":"), analysis.fingerprint());
        appendTables(json.append(",\"tables\":"), analysis.tables());
        appendJoins(json.append(",\"joins\":"), analysis.joins());
        appendStrings(json.append(",\"groups\":"), analysis.groups());
        json.append(",\"crossSchema\":").append(analysis.crossSchema());
        return json.append('}').toString();
    }

    private static void appendTables(StringBuilder json, List<TableRef> tables) {
        json.append('[');
        for (int i = 0; i < tables.size(); i++) {
            TableRef table = tables.get(i);
            Json.appendString(json.append(i == 0 ? "{\"name\":" : ",{\"name\":"), table.name());
            Json.appendString(json.append(",\"group\":"), table.group()).append('}');
        }
        json.append(']');
    }

    private static void appendJoins(StringBuilder json, List<JoinRef> joins) {
        json.append('[');
        for (int i = 0; i < joins.size(); i++) {
            JoinRef join = joins.get(i);
            Json.appendString(json.append(i == 0 ? "{\"type\":" : ",{\"type\":"), join.type().name());
            Json.appendString(json.append(",\"table\":"), join.table()).append('}');
        }
        json.append(']');
    }

    private static void appendStrings(StringBuilder json, List<String> values) {
        json.append('[');
        for (int i = 0; i < values.size(); i++) {
            Json.appendString(json.append(i == 0 ? "" : ","), values.get(i));
        }
        json.append(']');
    }
}
