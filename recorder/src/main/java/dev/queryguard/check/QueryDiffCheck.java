package dev.queryguard.check;

import dev.queryguard.check.internal.Shape;
import dev.queryguard.check.internal.ShapeDiff;
import dev.queryguard.check.internal.Shapes;
import dev.queryguard.check.internal.StatementsDiffer;
import dev.queryguard.recording.Recording;

import java.util.List;
import java.util.Optional;

/**
 * Compares a measured recording with a control recording of the same code, like GitLab's
 * {@code exceed_query_limit(control)}: the failure is a diff by statement shape, so executions that differ only
 * in their bound values are no change.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * Recording control = QueryGuard.record(() -> api.listPackages(project));
 * createPackages(project, 5);
 * Recording measured = QueryGuard.record(() -> api.listPackages(project));
 * QueryDiffCheck.doesNotExceed("listPackages", measured, control, StatementFilter.all(), 0);
 * }</pre>
 */
public final class QueryDiffCheck {

    /** The check's name in failures and reports. */
    public static final String NAME = "query-diff";

    private QueryDiffCheck() {
    }

    /** Fails when {@code measured} runs more than the control's statements plus {@code threshold}. */
    public static Optional<CheckFailure> doesNotExceed(String subject, Recording measured, Recording control,
                                                       StatementFilter filter, long threshold) {
        if (threshold < 0) {
            throw new IllegalArgumentException("threshold must not be negative: " + threshold);
        }
        String expectation = "to run at most as many statements as the control"
                + (threshold > 0 ? " plus a threshold of " + threshold : "");
        return compare(subject, expectation, measured, control, filter,
                (controlCount, measuredCount, same) -> measuredCount <= controlCount + threshold);
    }

    /** Fails unless {@code measured} runs every shape of statement as many times as the control. */
    public static Optional<CheckFailure> sameQueries(String subject, Recording measured, Recording control,
                                                     StatementFilter filter) {
        return compare(subject, "to run the same statements as the control", measured, control, filter,
                (controlCount, measuredCount, same) -> same && controlCount == measuredCount);
    }

    /** Fails unless {@code measured} runs fewer statements than the control. */
    public static Optional<CheckFailure> fewerQueries(String subject, Recording measured, Recording control,
                                                      StatementFilter filter) {
        return compare(subject, "to run fewer statements than the control", measured, control, filter,
                (controlCount, measuredCount, same) -> measuredCount < controlCount);
    }

    private static Optional<CheckFailure> compare(String subject, String expectation, Recording measured,
                                                  Recording control, StatementFilter filter, Verdict verdict) {
        List<Shape> controlShapes = Shapes.of(control, filter);
        List<Shape> measuredShapes = Shapes.of(measured, filter);
        long controlCount = Shapes.count(control, filter, controlShapes);
        long measuredCount = Shapes.count(measured, filter, measuredShapes);
        var changes = ShapeDiff.of(controlShapes, measuredShapes);
        if (verdict.passes(controlCount, measuredCount, changes.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new CheckFailure(NAME,
                StatementsDiffer.message(subject, expectation, filter, controlCount, measuredCount, changes,
                        control, measured),
                ShapeDiff.listing(controlShapes), ShapeDiff.listing(measuredShapes)));
    }

    @FunctionalInterface
    private interface Verdict {
        boolean passes(long controlCount, long measuredCount, boolean sameShapes);
    }
}
