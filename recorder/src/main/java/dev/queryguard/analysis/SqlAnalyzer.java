package dev.queryguard.analysis;

import dev.queryguard.config.QueryGuardConfig;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Analyses SQL texts, each distinct text once. Thread-safe.
 *
 * <p>PLACEHOLDER: kind from the leading keyword only, to be replaced by the JSqlParser implementation.
 */
public final class SqlAnalyzer {

    private final ConcurrentHashMap<String, StatementAnalysis> cache = new ConcurrentHashMap<>();

    public SqlAnalyzer(QueryGuardConfig config) {
    }

    /** Returns the analysis of {@code sql}; never throws for SQL it cannot read. */
    public StatementAnalysis analyze(String sql) {
        StatementAnalysis cached = cache.get(sql);
        if (cached != null) {
            return cached;
        }
        String head = sql.strip().split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
        StatementKind kind;
        try {
            kind = StatementKind.valueOf(head);
        } catch (IllegalArgumentException e) {
            kind = StatementKind.OTHER;
        }
        StatementAnalysis analysis = new StatementAnalysis(sql, kind, true, null,
                sql.strip().toLowerCase(Locale.ROOT), List.of(), List.of(), List.of(), false);
        StatementAnalysis raced = cache.putIfAbsent(sql, analysis);
        return raced != null ? raced : analysis;
    }
}
