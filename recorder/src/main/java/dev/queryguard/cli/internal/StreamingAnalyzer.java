package dev.queryguard.cli.internal;

import dev.queryguard.analysis.SqlAnalyzer;
import dev.queryguard.analysis.StatementAnalysis;
import dev.queryguard.config.QueryGuardConfig;

/**
 * Analyses a stream of statements with a {@link SqlAnalyzer} that is replaced now and then. Not thread-safe.
 *
 * <p>A {@code SqlAnalyzer} keeps every distinct text it has seen, which suits a test run but not a log of
 * millions of statements with their literals inlined: starting afresh every {@link #STATEMENTS_PER_ANALYZER}
 * statements bounds the memory while repeated texts still hit the cache.
 */
public final class StreamingAnalyzer {

    static final int STATEMENTS_PER_ANALYZER = 10_000;

    private final QueryGuardConfig config;
    private SqlAnalyzer analyzer;
    private int analysed;

    public StreamingAnalyzer(QueryGuardConfig config) {
        this.config = config;
        this.analyzer = new SqlAnalyzer(config);
    }

    public StatementAnalysis analyze(String sql) {
        if (analysed++ == STATEMENTS_PER_ANALYZER) {
            analyzer = new SqlAnalyzer(config);
            analysed = 1;
        }
        return analyzer.analyze(sql);
    }
}
