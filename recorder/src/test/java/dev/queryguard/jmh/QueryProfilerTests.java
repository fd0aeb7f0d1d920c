package dev.queryguard.jmh;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.profile.ProfilerException;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.ProfilersFailedException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/**
 * Runs small benchmarks in this JVM (no fork, 100 ms iterations) with the profiler attached. Surefire sets
 * {@code jmh.ignoreLock}: benchmarks measured elsewhere on the machine must not fail these runs, which measure
 * nothing.
 */
class QueryProfilerTests {

    @Test
    void countsTheStatementsAndRowsOfEveryThreadPerOperation() throws RunnerException {
        Map<String, String> results = secondaryResults(run(ThreeStatementsBenchmark.class, 2));

        assertThat(results).containsExactly(
                entry("queryguard.cached.norm", "0.0 loads/op"),
                entry("queryguard.cross-schema.norm", "0.0 statements/op"),
                entry("queryguard.rows.norm", "4.0 rows/op"),
                entry("queryguard.selects.norm", "2.0 statements/op"),
                entry("queryguard.statements.norm", "3.0 statements/op"),
                entry("queryguard.updates.norm", "1.0 statements/op"));
    }

    @Test
    void failsTheBenchmarkWhenItsStatementsDoNotRecord() {
        assertThatThrownBy(() -> run(RawDataSourceBenchmark.class, 1))
                .isInstanceOf(RunnerException.class)
                .satisfies(thrown -> assertThat(thrown.getCause().getSuppressed())
                        .singleElement(InstanceOfAssertFactories.THROWABLE)
                        .isInstanceOf(ProfilerException.class)
                        .hasMessage("QueryProfiler counted no statement in "
                                + "dev.queryguard.jmh.RawDataSourceBenchmark.selectOne: the benchmark opened no"
                                + " connection that records into QueryGuard.\n"
                                + "Take its connections from QueryGuard.wrap(dataSource), or from a jdbc:p6spy: URL."));
    }

    @Test
    void refusesOptions() {
        Options options = new OptionsBuilder()
                .include(benchmarksOf(ThreeStatementsBenchmark.class))
                .addProfiler(QueryProfiler.class, "rows=false")
                .verbosity(VerboseMode.SILENT)
                .build();

        assertThatThrownBy(() -> new Runner(options).run())
                .isInstanceOf(ProfilersFailedException.class)
                .cause()
                .isInstanceOf(ProfilerException.class)
                .hasMessage("QueryProfiler takes no options, but was given: rows=false");
    }

    private static RunResult run(Class<?> benchmark, int threads) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(benchmarksOf(benchmark))
                .forks(0)
                .threads(threads)
                .warmupIterations(1)
                .warmupTime(TimeValue.milliseconds(100))
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(100))
                .addProfiler(QueryProfiler.class)
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        assertThat(results).hasSize(1);
        return results.iterator().next();
    }

    /** Each secondary result as its score and unit, in JMH's order. */
    private static Map<String, String> secondaryResults(RunResult result) {
        Map<String, String> scores = new LinkedHashMap<>();
        result.getSecondaryResults().forEach((label, score) -> scores.put(label, score.getScore() + " "
                + score.getScoreUnit()));
        return scores;
    }

    private static String benchmarksOf(Class<?> benchmark) {
        return "^" + Pattern.quote(benchmark.getName()) + "\\.";
    }
}
