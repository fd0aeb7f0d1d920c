package dev.queryguard.analysis;

import dev.queryguard.config.QueryGuardConfig;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Each distinct SQL text is analysed once and shared; the cache stays within its configured size. */
class CacheTests {

    @Test
    void anEqualTextGetsTheSameAnalysisInstance() {
        SqlAnalyzer analyzer = new SqlAnalyzer(QueryGuardConfig.defaults());
        String sql = "SELECT * FROM main.packages WHERE id = ?";

        StatementAnalysis first = analyzer.analyze(sql);
        StatementAnalysis second = analyzer.analyze(new String(sql.toCharArray()));

        assertThat(second).isSameAs(first);
        assertThat(first.sql()).isSameAs(sql);
    }

    @Test
    void unparsedTextsAreCachedToo() {
        SqlAnalyzer analyzer = new SqlAnalyzer(QueryGuardConfig.defaults());

        assertThat(analyzer.analyze("BEGIN")).isSameAs(analyzer.analyze("BEGIN"));
    }

    @Test
    void theCacheIsClearedWhenFull() {
        SqlAnalyzer analyzer = new SqlAnalyzer(SqlCases.config("queryguard.analysis.cacheSize", "3"));
        StatementAnalysis first = analyzer.analyze("SELECT 0");

        for (int i = 1; i < 10; i++) {
            analyzer.analyze("SELECT " + i);
            assertThat(analyzer.cachedTexts()).isBetween(1, 3);
        }

        assertThat(analyzer.analyze("SELECT 0")).isNotSameAs(first).isEqualTo(first);
    }

    @Test
    void threadsMeetingOneNewTextShareOneAnalysis() throws Exception {
        SqlAnalyzer analyzer = new SqlAnalyzer(QueryGuardConfig.defaults());
        int threads = 8;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            List<CompletableFuture<List<StatementAnalysis>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    List<StatementAnalysis> seen = new ArrayList<>();
                    for (int i = 0; i < 200; i++) {
                        seen.add(analyzer.analyze("SELECT * FROM ci.ci_builds WHERE id = " + (i % 20)));
                    }
                    return seen;
                }, executor));
            }
            List<List<StatementAnalysis>> all = new ArrayList<>();
            for (CompletableFuture<List<StatementAnalysis>> result : results) {
                all.add(result.get(60, TimeUnit.SECONDS));
            }

            for (int i = 0; i < 20; i++) {
                StatementAnalysis cached = analyzer.analyze("SELECT * FROM ci.ci_builds WHERE id = " + i);
                for (List<StatementAnalysis> seen : all) {
                    // racing first sightings may both analyse, but putIfAbsent hands every thread the winner
                    for (int round = 0; round < 10; round++) {
                        assertThat(seen.get(round * 20 + i)).isSameAs(cached);
                    }
                }
            }
            assertThat(analyzer.cachedTexts()).isEqualTo(20);
        } finally {
            executor.shutdownNow();
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
