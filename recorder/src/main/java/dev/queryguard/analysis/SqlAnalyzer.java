package dev.queryguard.analysis;

import dev.queryguard.analysis.internal.ParseTimer;
import dev.queryguard.analysis.internal.StatementAnalyzer;
import dev.queryguard.config.QueryGuardConfig;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Analyses SQL texts with JSqlParser, each distinct text once: what a statement does, which tables it touches
 * and joins, their schema groups, whether it mixes groups that must stay apart, and its fingerprint. Thread-safe.
 *
 * <pre>{@code
 * SqlAnalyzer analyzer = new SqlAnalyzer(QueryGuardConfig.load());
 * StatementAnalysis analysis = analyzer.analyze("select p.id from main.packages p join ci.ci_pipelines c on ...");
 * analysis.crossSchema(); // true when main and ci are declared as separate groups
 * }</pre>
 *
 * <p>Results live in a cache of {@link QueryGuardConfig#analysisCacheSize()} texts, and a hit is a plain
 * {@link ConcurrentHashMap#get}: no lock, no allocation, since it runs for every JDBC execution. When the cache is
 * full it is cleared. An application runs a bounded set of distinct statements, so the cache only fills when
 * texts carry inlined literals; then every eviction policy thrashes alike, and clearing keeps the hit path free
 * of the bookkeeping a least-recently-used policy would add to it. Two threads meeting a new text at once may
 * both analyse it; one result wins and is shared.
 */
public final class SqlAnalyzer {

    private final ConcurrentHashMap<String, StatementAnalysis> cache = new ConcurrentHashMap<>();
    private final int cacheSize;
    private final StatementAnalyzer analyzer;

    /** Creates an analyzer with the schema groups, limits and cache size of {@code config}. */
    public SqlAnalyzer(QueryGuardConfig config) {
        this(config, ParseTimer.shared());
    }

    SqlAnalyzer(QueryGuardConfig config, ParseTimer timer) {
        this.cacheSize = config.analysisCacheSize();
        this.analyzer = new StatementAnalyzer(config, timer);
    }

    /**
     * Returns the analysis of {@code sql}, the same instance for every call with an equal text while it stays
     * cached; never throws for SQL it cannot read ({@link StatementAnalysis#parsed()} is then false).
     */
    public StatementAnalysis analyze(String sql) {
        StatementAnalysis cached = cache.get(Objects.requireNonNull(sql, "sql must not be null"));
        return cached != null ? cached : analyzeAndCache(sql);
    }

    private StatementAnalysis analyzeAndCache(String sql) {
        StatementAnalysis analysis = analyzer.analyze(sql);
        if (cache.size() >= cacheSize) {
            cache.clear();
        }
        StatementAnalysis raced = cache.putIfAbsent(sql, analysis);
        return raced != null ? raced : analysis;
    }

    /** The number of texts cached now, for tests. */
    int cachedTexts() {
        return cache.size();
    }
}
