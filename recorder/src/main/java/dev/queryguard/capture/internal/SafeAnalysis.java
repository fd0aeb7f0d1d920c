package dev.queryguard.capture.internal;

import dev.queryguard.analysis.SqlAnalyzer;
import dev.queryguard.analysis.StatementAnalysis;
import dev.queryguard.analysis.StatementKind;

import java.util.List;
import java.util.Locale;

/**
 * Analyses on the application's JDBC path, where nothing may throw: a fault in QueryGuard's analysis must
 * neither fail the application's statement nor lose its entry, so it becomes an unparsed entry that says why.
 */
final class SafeAnalysis {

    private SafeAnalysis() {
    }

    static StatementAnalysis of(SqlAnalyzer analyzer, String sql) {
        try {
            return analyzer.analyze(sql);
        } catch (RuntimeException | StackOverflowError e) {
            return new StatementAnalysis(sql, StatementKind.OTHER, false,
                    "QueryGuard could not analyse this statement: " + e, sql.strip().toLowerCase(Locale.ROOT),
                    List.of(), List.of(), List.of(), false);
        }
    }
}
