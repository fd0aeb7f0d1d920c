package dev.queryguard.check;

import dev.queryguard.check.internal.QueryBudgetBroken;
import dev.queryguard.check.internal.Shape;
import dev.queryguard.check.internal.Shapes;
import dev.queryguard.recording.Recording;

import java.util.List;
import java.util.Optional;

/**
 * Checks a recording against a {@link QueryBudget}, like GitLab's {@code exceed_query_limit(n)} and
 * {@code match_query_count(n)}. The failure lists the counted statements grouped by fingerprint, most frequent
 * first, each with its first call site.
 *
 * <p>Stateless and thread-safe.
 */
public final class QueryBudgetCheck {

    /** The check's name in failures and reports. */
    public static final String NAME = "query-budget";

    private QueryBudgetCheck() {
    }

    /**
     * Returns the failure when {@code recording} breaks {@code budget}.
     *
     * @param subject what ran, as the message names it: {@code PackagesTests.listsPackages()}
     */
    public static Optional<CheckFailure> check(String subject, Recording recording, QueryBudget budget) {
        List<Shape> shapes = Shapes.of(recording, budget.filter());
        long counted = Shapes.count(recording, budget.filter(), shapes);
        boolean broken = budget.exact() ? counted != budget.limit() : counted > budget.allowed();
        if (!broken) {
            return Optional.empty();
        }
        return Optional.of(new CheckFailure(NAME,
                QueryBudgetBroken.message(subject, budget, counted, Shapes.mostFrequentFirst(shapes), recording),
                budget.allowed(), counted));
    }
}
