package dev.queryguard.check;

import java.util.Objects;

/**
 * How many statements a piece of code may run: at most {@code limit} (plus a {@code threshold} of tolerance,
 * GitLab's {@code with_threshold}), or exactly {@code limit}, counting what {@code filter} counts. Immutable.
 *
 * <pre>{@code
 * QueryBudget budget = QueryBudget.atMost(5).withThreshold(1).counting(StatementFilter.all().counting(SELECT));
 * }</pre>
 *
 * @param limit     the number of statements allowed, or expected when exact
 * @param threshold extra statements tolerated above {@code limit}; always 0 for an exact count
 * @param exact     whether exactly {@code limit} statements must run
 * @param filter    which statements and cache loads count
 */
public record QueryBudget(long limit, long threshold, boolean exact, StatementFilter filter) {

    public QueryBudget {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        if (threshold < 0) {
            throw new IllegalArgumentException("threshold must not be negative: " + threshold);
        }
        if (exact && threshold != 0) {
            throw new IllegalArgumentException("an exact count takes no threshold: " + threshold);
        }
        Objects.requireNonNull(filter, "filter must not be null");
    }

    /** At most {@code limit} statements of any kind, cache loads included. */
    public static QueryBudget atMost(long limit) {
        return new QueryBudget(limit, 0, false, StatementFilter.all());
    }

    /** Exactly {@code count} statements of any kind, cache loads included. */
    public static QueryBudget exactly(long count) {
        return new QueryBudget(count, 0, true, StatementFilter.all());
    }

    public QueryBudget withThreshold(long threshold) {
        return new QueryBudget(limit, threshold, exact, filter);
    }

    public QueryBudget counting(StatementFilter filter) {
        return new QueryBudget(limit, threshold, exact, filter);
    }

    /** The most statements that pass: {@code limit + threshold}. */
    public long allowed() {
        return limit + threshold;
    }
}
