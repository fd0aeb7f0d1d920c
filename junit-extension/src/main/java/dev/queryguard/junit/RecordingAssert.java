package dev.queryguard.junit;

import dev.queryguard.analysis.StatementKind;
import dev.queryguard.QueryGuard;
import dev.queryguard.check.CheckFailure;
import dev.queryguard.check.CrossSchemaCheck;
import dev.queryguard.check.ExternalCallsInTransaction;
import dev.queryguard.check.internal.BlockAllowances;
import dev.queryguard.check.NPlusOneCheck;
import dev.queryguard.check.QueryBudget;
import dev.queryguard.check.QueryBudgetCheck;
import dev.queryguard.check.QueryDiffCheck;
import dev.queryguard.check.RepeatedStatementsCheck;
import dev.queryguard.check.StatementFilter;
import dev.queryguard.junit.internal.Failures;
import dev.queryguard.recording.Recording;

import java.util.Objects;
import java.util.Optional;

/**
 * Assertions on one {@link Recording}; start them with {@link QueryGuardAssertions#assertThat(Recording)}. The
 * options ({@link #counting}, {@link #excludingCached()}, {@link #including}, {@link #excluding},
 * {@link #withThreshold}, {@link #as}) return a new assertion and apply to the counting assertions after them.
 * By default every statement of every kind counts, and so do loads served from an ORM cache (GitLab's policy).
 *
 * <pre>{@code
 * assertThat(recording).counting(StatementKind.SELECT).excludingCached().hasAtMostQueries(3);
 * assertThat(measured).doesNotExceed(control);
 * assertThat(recording).hasNoRepeatedQueries().hasNoNPlusOne();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class RecordingAssert {

    private final Recording actual;
    private final String subject;
    private final StatementFilter filter;
    private final long threshold;

    private RecordingAssert(Recording actual, String subject, StatementFilter filter, long threshold) {
        this.actual = actual;
        this.subject = subject;
        this.filter = filter;
        this.threshold = threshold;
    }

    static RecordingAssert of(Recording actual) {
        Objects.requireNonNull(actual, "recording must not be null");
        return new RecordingAssert(actual, "the recording", StatementFilter.all(), 0);
    }

    /** Names the recording in failure messages: {@code as("the packages request")}. */
    public RecordingAssert as(String subject) {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("subject must not be blank");
        }
        return new RecordingAssert(actual, subject, filter, threshold);
    }

    /** Counts only statements of {@code kinds} (cache loads stand for SELECTs). */
    public RecordingAssert counting(StatementKind... kinds) {
        if (kinds.length == 0) {
            throw new IllegalArgumentException("kinds must not be empty");
        }
        return new RecordingAssert(actual, subject, filter.counting(kinds), threshold);
    }

    /** Leaves out loads served from an ORM cache. */
    public RecordingAssert excludingCached() {
        return new RecordingAssert(actual, subject, filter.withCached(false), threshold);
    }

    /** Counts only statements whose fingerprint matches {@code regex} (or another included one); case ignored. */
    public RecordingAssert including(String regex) {
        return new RecordingAssert(actual, subject, filter.including(StatementFilter.pattern(regex)), threshold);
    }

    /** Never counts statements whose fingerprint matches {@code regex}; case ignored. */
    public RecordingAssert excluding(String regex) {
        return new RecordingAssert(actual, subject, filter.excluding(StatementFilter.pattern(regex)), threshold);
    }

    /** Tolerates {@code threshold} more statements in {@link #hasAtMostQueries} and {@link #doesNotExceed}. */
    public RecordingAssert withThreshold(int threshold) {
        if (threshold < 0) {
            throw new IllegalArgumentException("threshold must not be negative: " + threshold);
        }
        return new RecordingAssert(actual, subject, filter, threshold);
    }

    /** Fails when the recording ran more than {@code max} statements (plus the threshold). */
    public RecordingAssert hasAtMostQueries(int max) {
        return verify(QueryBudgetCheck.check(subject, actual,
                QueryBudget.atMost(max).withThreshold(threshold).counting(filter)));
    }

    /** Fails unless the recording ran exactly {@code count} statements. */
    public RecordingAssert hasExactlyQueries(int count) {
        if (threshold > 0) {
            throw new IllegalStateException("an exact count takes no threshold: " + threshold);
        }
        return verify(QueryBudgetCheck.check(subject, actual, QueryBudget.exactly(count).counting(filter)));
    }

    /** Fails when the recording ran more statements than {@code control} (plus the threshold), with a diff. */
    public RecordingAssert doesNotExceed(Recording control) {
        return verify(QueryDiffCheck.doesNotExceed(subject, actual, control(control), filter, threshold));
    }

    /** Fails unless the recording ran each shape of statement as often as {@code control}, with a diff. */
    public RecordingAssert hasSameQueriesAs(Recording control) {
        return verify(QueryDiffCheck.sameQueries(subject, actual, control(control), filter));
    }

    /** Fails unless the recording ran fewer statements than {@code control}, with a diff. */
    public RecordingAssert hasFewerQueriesThan(Recording control) {
        return verify(QueryDiffCheck.fewerQueries(subject, actual, control(control), filter));
    }

    /** Fails when the recording ran a statement twice with the same bound values. */
    public RecordingAssert hasNoRepeatedQueries() {
        return verify(RepeatedStatementsCheck.check(subject, actual));
    }

    /** Fails when the recording loaded rows one statement at a time from one place (N+1). */
    public RecordingAssert hasNoNPlusOne() {
        return verify(NPlusOneCheck.check(subject, actual));
    }

    /**
     * Fails when a statement joins schema groups that may not be mixed, by the groups configured now; statements
     * allowed by a {@code CrossSchemaJoins.allow} block or an allow marker in their SQL pass.
     */
    public RecordingAssert hasNoCrossSchemaJoins() {
        return verify(CrossSchemaCheck.check(subject, actual, QueryGuard.config().schemaGroups(),
                BlockAllowances.peek(actual), CrossSchemaCheck.ALLOW_IN_CODE));
    }

    /**
     * Fails when the recording called another service (HTTP, a socket, or a call declared with
     * {@code QueryGuard.externalCall}) while a transaction it began was still open.
     */
    public RecordingAssert hasNoExternalCallsInTransaction() {
        return verify(ExternalCallsInTransaction.check(subject, actual, null));
    }

    private RecordingAssert verify(Optional<CheckFailure> failure) {
        if (failure.isPresent()) {
            throw Failures.toAssertion(failure.get());
        }
        return this;
    }

    private static Recording control(Recording control) {
        return Objects.requireNonNull(control, "control must not be null");
    }
}
