package dev.queryguard.benchmarks;

import dev.queryguard.analysis.SqlAnalyzer;
import dev.queryguard.analysis.StatementAnalysis;
import dev.queryguard.config.QueryGuardConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * What the analysis of one statement costs, on a select Hibernate writes for an entity with two joined
 * associations. Every recorded statement is analysed, but a prepared statement repeats its text, so
 * {@link #seenText} (a cache hit, target 200 ns) is what the recorder pays per statement, and {@link #newText}
 * (a full parse) what it pays once per distinct text.
 *
 * <p>{@code newText} makes every call a miss with a tenant id literal that never repeats, whatever the cache
 * size; the analyzer keeps its default cache (10 000 texts, cleared when full), so the occasional clear is part
 * of the cost, as in an application that inlines literals. Each iteration starts with a fresh analyzer.
 * {@link #newTextBuiltOnly} is the cost of building that text alone, to read {@code newText} net of it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Thread)
public class AnalysisBenchmark {

    private static final String HEAD = "select o1_0.id,o1_0.created_at,o1_0.status,o1_0.total,"
            + "c1_0.id,c1_0.email,c1_0.name,l1_0.order_id,l1_0.id,l1_0.product_id,l1_0.quantity,l1_0.unit_price"
            + " from shop.orders o1_0"
            + " join shop.customers c1_0 on c1_0.id=o1_0.customer_id"
            + " left join shop.order_lines l1_0 on o1_0.id=l1_0.order_id"
            + " where o1_0.status=? and o1_0.created_at>=? and o1_0.tenant_id=";
    private static final String TAIL = " order by o1_0.created_at desc";

    /** The text as a prepared statement hands it over on every execution: the same instance each time. */
    private final String seen = HEAD + 0 + TAIL;

    private SqlAnalyzer analyzer;
    private long nextTenant;

    @Setup(Level.Iteration)
    public void freshAnalyzer() {
        analyzer = new SqlAnalyzer(QueryGuardConfig.defaults());
        StatementAnalysis analysis = analyzer.analyze(seen);
        if (!analysis.parsed() || analysis.joins().size() != 2) {
            // The tolerant scan would be measured instead of JSqlParser.
            throw new IllegalStateException("Expected JSqlParser to read the select and its two joins, but got "
                    + analysis);
        }
    }

    @Benchmark
    public StatementAnalysis seenText() {
        return analyzer.analyze(seen);
    }

    @Benchmark
    public StatementAnalysis newText() {
        return analyzer.analyze(nextText());
    }

    @Benchmark
    public String newTextBuiltOnly() {
        return nextText();
    }

    private String nextText() {
        // Tenant 0 is the seen text's.
        return HEAD + ++nextTenant + TAIL;
    }
}
