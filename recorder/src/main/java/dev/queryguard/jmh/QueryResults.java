package dev.queryguard.jmh;

import dev.queryguard.analysis.StatementKind;
import dev.queryguard.recording.internal.ScopeCounts;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.ScalarResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns an iteration's counts into {@link QueryProfiler}'s secondary results, each averaged over the iterations.
 * Kinds of statement other than selects, unparsed statements and external calls are reported only in iterations
 * that had some: JMH counts the iterations without them as zero, and a benchmark that never writes is not
 * cluttered with {@code inserts}, {@code updates} and {@code ddl} at zero.
 */
final class QueryResults {

    private static final String STATEMENTS = "queryguard.statements.norm";
    private static final String ROWS = "queryguard.rows.norm";
    private static final String CACHED = "queryguard.cached.norm";
    private static final String CROSS_SCHEMA = "queryguard.cross-schema.norm";
    private static final String UNPARSED = "queryguard.unparsed.norm";
    private static final String EXTERNAL_CALLS = "queryguard.external-calls.norm";

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
    private static String nameOf(StatementKind kind) {
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
