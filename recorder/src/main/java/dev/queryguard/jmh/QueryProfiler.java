package dev.queryguard.jmh;

import dev.queryguard.QueryGuard;
import dev.queryguard.capture.internal.RecordedConnections;
import dev.queryguard.recording.internal.ScopeCounts;
import dev.queryguard.recording.internal.ScopeState;
import dev.queryguard.recording.internal.Scopes;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.profile.ProfilerException;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.ScalarResult;

import java.util.List;

/**
 * A JMH profiler that reports, beside the time, what each operation asks of the database: JDBC statements
 * (in all and by kind), rows read, ORM cache hits and cross-schema statements per operation.
 *
 * <pre>{@code
 * java -jar benchmarks.jar StatementOverheadBenchmark -prof dev.queryguard.jmh.QueryProfiler
 *
 * Benchmark                                                                   Mode Cnt    Score Error             Units
 * StatementOverheadBenchmark.queryGuardRecording                              avgt   5 1413.647 ± 271.339         ns/op
 * StatementOverheadBenchmark.queryGuardRecording:queryguard.cached.norm       avgt   5      ≈ 0                loads/op
 * StatementOverheadBenchmark.queryGuardRecording:queryguard.cross-schema.norm avgt   5      ≈ 0           statements/op
 * StatementOverheadBenchmark.queryGuardRecording:queryguard.rows.norm         avgt   5    1.000 ± 0.001         rows/op
 * StatementOverheadBenchmark.queryGuardRecording:queryguard.selects.norm      avgt   5    1.000 ± 0.001   statements/op
 * StatementOverheadBenchmark.queryGuardRecording:queryguard.statements.norm   avgt   5    1.000 ± 0.001   statements/op
 * }</pre>
 *
 * <p>The benchmark's statements must run through a recording DataSource ({@code QueryGuard.wrap(dataSource)}) or
 * a {@code jdbc:p6spy:} URL. When an iteration counted nothing and the benchmark opened no recording connection,
 * the first iteration fails with a {@link ProfilerException} that says so (JMH prints it as the benchmark's
 * {@code <failure>} and moves on to the next benchmark, or stops with {@code -foe true}); before the first
 * iteration there is nothing to tell from.
 *
 * <p>The results are named like JMH's own per-operation results ({@code gc.alloc.rate.norm},
 * {@code class.load.norm}): the profiler, what is counted, and {@code .norm} for "per operation".
 * <ul>
 *   <li>{@code queryguard.statements.norm} (statements/op): executions that reached JDBC, every kind; a batch
 *       counts once;</li>
 *   <li>{@code queryguard.selects.norm} (statements/op): the selects among them;</li>
 *   <li>{@code queryguard.rows.norm} (rows/op): rows read from result sets ({@code ResultSet.next});</li>
 *   <li>{@code queryguard.cached.norm} (loads/op): loads an ORM cache served instead of a statement;</li>
 *   <li>{@code queryguard.cross-schema.norm} (statements/op): statements that mix schema groups that may not be
 *       mixed ({@code queryguard.group.*});</li>
 *   <li>only when they occur: the other kinds of statement, {@code queryguard.inserts.norm}, {@code updates},
 *       {@code deletes}, {@code merges}, {@code ddl}, {@code procedure-calls}, {@code transaction-sql} and
 *       {@code other-sql} (statements/op); {@code queryguard.unparsed.norm} (statements/op), the statements
 *       JSqlParser could not read; {@code queryguard.external-calls.norm} (calls/op), calls to services outside
 *       the database.</li>
 * </ul>
 * Each is a count over the whole iteration, every thread of the JVM, divided by all the operations JMH ran in it,
 * as {@code gc.alloc.rate.norm} is: statements of {@code @Setup} and {@code @TearDown} methods count too (the
 * first warmup iteration takes those of {@code Level.Trial}).
 *
 * <p>Each iteration opens a counting scope, which keeps no statement, only counts: memory stays flat however many
 * statements an iteration runs, and while it is the only scope open, statements are captured without call sites
 * and bound values, so the profiler adds little to the time it reports. Recordings that the benchmark opens
 * itself work as usual beside it.
 *
 * <p>JMH creates one instance per benchmark run and calls it from one thread; not thread-safe. It takes no
 * options.
 */
public final class QueryProfiler implements InternalProfiler {

    // Counted from the profiler's creation, not the JVM's start: one JVM may run several benchmarks (-f 0), and
    // JMH creates the profiler before the benchmark's own setup opens its connections.
    private final long connectionsBefore = RecordedConnections.openedSoFar();
    private ScopeState scope;

    /** Used by JMH's {@code ServiceLoader} discovery ({@code -lprof}). */
    public QueryProfiler() {
    }

    /**
     * Used by JMH for {@code -prof dev.queryguard.jmh.QueryProfiler[:options]}.
     *
     * @throws ProfilerException when options are given: there are none
     */
    public QueryProfiler(String options) throws ProfilerException {
        if (options != null && !options.isBlank()) {
            throw new ProfilerException("QueryProfiler takes no options, but was given: " + options);
        }
    }

    @Override
    public String getDescription() {
        return "QueryGuard: JDBC statements, rows read, ORM cache hits and cross-schema statements per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        closeScope(); // left open only when an iteration failed before JMH stopped its profilers
        QueryGuard.watchExternalCalls();
        scope = Scopes.openCountingScope();
    }

    /**
     * Returns the iteration's counts per operation.
     *
     * @throws ProfilerException (undeclared: JMH's interface declares none, and reports whatever is thrown here
     *                           as the benchmark's failure) when the iteration counted nothing and the benchmark
     *                           opened no connection that records
     */
    @Override
    public List<ScalarResult> afterIteration(BenchmarkParams benchmarkParams,
                                            IterationParams iterationParams, IterationResult result) {
        if (scope == null) {
            throw new IllegalStateException("JMH ended an iteration it did not begin: " + benchmarkParams.id());
        }
        ScopeCounts counts = closeScope();
        if (counts.nothing() && RecordedConnections.openedSoFar() == connectionsBefore) {
            throw undeclared(new ProfilerException(notRecorded(benchmarkParams)));
        }
        // All the operations, like gc.alloc.rate.norm: the scope also counted those JMH runs just before and after
        // the measured window to keep every thread busy through it.
        return QueryResults.perOperation(counts, result.getMetadata().getAllOps());
    }

    private ScopeCounts closeScope() {
        ScopeState open = scope;
        scope = null;
        if (open == null) {
            return null;
        }
        Scopes.close(open);
        return ScopeCounts.of(open);
    }

    private static String notRecorded(BenchmarkParams benchmarkParams) {
        return "QueryProfiler counted no statement in " + benchmarkParams.getBenchmark()
                + ": the benchmark opened no connection that records into QueryGuard.\n"
                + "Take its connections from QueryGuard.wrap(dataSource), or from a jdbc:p6spy: URL.";
    }

    /** Throws a checked exception where the signature declares none; the compiler infers {@code T} unchecked. */
    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException undeclared(Throwable exception) throws T {
        throw (T) exception;
    }
}
