package dev.queryguard.jmh;

import dev.queryguard.analysis.StatementKind;
import dev.queryguard.recording.internal.ScopeCounts;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.ScalarResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The secondary results of {@link QueryProfiler}, named like JMH's own per-operation results
 * ({@code gc.alloc.rate.norm}, {@code class.load.norm}): the profiler's prefix, what is counted, {@code .norm} for
 * "divided by the operations". Each is averaged over the iterations.
 *
 * <p>Reported in every iteration:
 * <ul>
 *   <li>{@value #STATEMENTS} (statements/op): executions that reached JDBC, every kind; a batch counts once;</li>
 *   <li>{@code queryguard.selects.norm} (statements/op): the selects among them;</li>
 *   <li>{@value #ROWS} (rows/op): rows read from result sets ({@code ResultSet.next});</li>
 *   <li>{@value #CACHED} (loads/op): loads an ORM cache served instead of a statement;</li>
 *   <li>{@value #CROSS_SCHEMA} (statements/op): statements mixing schema groups that may not be mixed
 *       ({@code queryguard.group.*}).</li>
 * </ul>
 *
 * <p>Reported in an iteration only when not zero (JMH counts the iterations without them as zero): the other
 * statement kinds, {@code queryguard.inserts.norm}, {@code updates}, {@code deletes}, {@code merges},
 * {@code ddl}, {@code procedure-calls}, {@code transaction-sql}, {@code other-sql}; {@value #UNPARSED}
 * (statements JSqlParser could not read) and {@value #EXTERNAL_CALLS} (calls to services outside the database,
 * in calls/op).
 */
final class QueryResults {

    static final String STATEMENTS = "queryguard.statements.norm";
    static final String ROWS = "queryguard.rows.norm";
    static final String CACHED = "queryguard.cached.norm";
    static final String CROSS_SCHEMA = "queryguard.cross-schema.norm";
    static final String UNPARSED = "queryguard.unparsed.norm";
    static final String EXTERNAL_CALLS = "queryguard.external-calls.norm";

    private static final String PER_STATEMENT = "statements/op";

    private QueryResults() {
    }

    /** The results of one iteration that ran {@code operations} operations. */
    static List<ScalarResult> perOperation(ScopeCounts counts, long operations) {
        List<ScalarResult> results = new ArrayList<>();
        results.add(result(STATEMENTS, counts.statements(), operations, PER_STATEMENT));
        for (StatementKind kind : StatementKind.values()) {
            long count = counts.statements(kind);
            if (kind == StatementKind.SELECT || count > 0) {
                results.add(result(nameOf(kind), count, operations, PER_STATEMENT));
            }
        }
        results.add(result(ROWS, counts.rowsRead(), operations, "rows/op"));
        results.add(result(CACHED, counts.cached(), operations, "loads/op"));
        results.add(result(CROSS_SCHEMA, counts.crossSchema(), operations, PER_STATEMENT));
        if (counts.unparsed() > 0) {
            results.add(result(UNPARSED, counts.unparsed(), operations, PER_STATEMENT));
        }
        if (counts.externalCalls() > 0) {
            results.add(result(EXTERNAL_CALLS, counts.externalCalls(), operations, "calls/op"));
        }
        return results;
    }

    /** {@code queryguard.selects.norm}, {@code queryguard.ddl.norm}, ... */
    static String nameOf(StatementKind kind) {
        String name = switch (kind) {
            case DDL -> "ddl";
            case CALL -> "procedure-calls";
            case TRANSACTION -> "transaction-sql";
            case OTHER -> "other-sql";
            default -> kind.name().toLowerCase(Locale.ROOT) + "s";
        };
        return "queryguard." + name + ".norm";
    }

    private static ScalarResult result(String label, long count, long operations, String unit) {
        double perOperation = operations == 0 ? Double.NaN : (double) count / operations;
        return new ScalarResult(label, perOperation, unit, AggregationPolicy.AVG);
    }
}
