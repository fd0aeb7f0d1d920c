package dev.queryguard.junit;

import dev.queryguard.ThrowingRunnable;
import dev.queryguard.check.ScalingComparison;
import dev.queryguard.check.ScalingRule;
import dev.queryguard.junit.internal.CallerName;
import dev.queryguard.junit.internal.Failures;
import dev.queryguard.junit.internal.ScenarioScale;
import dev.queryguard.recording.Recording;
import org.opentest4j.AssertionFailedError;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An N+1 check to configure and assert: at each scale it creates {@code n} items, optionally warms the action
 * up, then records the action; it fails when a statement ran more often at a bigger scale. Statements are
 * compared by fingerprint; loads served from an ORM cache count like statements. Start one with
 * {@link Scaling#scenario()}.
 *
 * <pre>{@code
 * Scaling.scenario()
 *         .populate(n -> createPackages(project, n))
 *         .aroundEachScale(scale -> transactions.executeWithoutResult(status -> {
 *             scale.run();
 *             status.setRollbackOnly();          // the next scale starts from an empty table again
 *         }))
 *         .action(() -> api.listPackages(project))
 *         .assertNoNPlusOne();
 * }</pre>
 *
 * <p>Each scale must see exactly {@code n} items, but one test method runs all the scales: undo what a scale
 * created in {@link #aroundEachScale} (a transaction rolled back, when the application's code joins the
 * transaction your framework binds to the thread; inside a test that already runs in one transaction, a nested
 * one on a savepoint) or in {@link #afterEachScale} (a delete, when the code opens connections of its own).
 * Exceptions of the scenario's code pass through unchanged. Not thread-safe: configure and run it on one
 * thread.
 */
public final class ScalingScenario {

    /** Work done at one scale, given its number of items. */
    @FunctionalInterface
    public interface ScaleStep {
        void run(int n) throws Exception;
    }

    /** Wraps all the work of one scale, for instance in a transaction that is rolled back. */
    @FunctionalInterface
    public interface AroundScale {
        /** Runs {@code scale} exactly once; it creates the items, warms up and records the action. */
        void around(Runnable scale) throws Exception;
    }

    private ScaleStep populate;
    private ThrowingRunnable<?> action;
    private List<Integer> scales = ScalingRule.DEFAULT_SCALES;
    private int slope;
    private boolean warmUp;
    private AroundScale around = Runnable::run;
    private ScaleStep afterEachScale = n -> { };
    private String subject;

    ScalingScenario() {
    }

    /** Creates {@code n} items at each scale (required); runs before the action, unrecorded. */
    public ScalingScenario populate(ScaleStep populate) {
        this.populate = Objects.requireNonNull(populate, "populate must not be null");
        return this;
    }

    /** The action whose statements must not grow with the number of items (required); only it is recorded. */
    public ScalingScenario action(ThrowingRunnable<?> action) {
        this.action = Objects.requireNonNull(action, "action must not be null");
        return this;
    }

    /**
     * The numbers of items to run the scenario with; 2 and 3 unless told otherwise.
     *
     * @throws IllegalArgumentException unless there are at least two, each at least 1, strictly increasing
     */
    public ScalingScenario scales(int... scales) {
        List<Integer> list = Arrays.stream(scales).boxed().toList();
        ScalingRule.checkScales(list);
        this.scales = list;
        return this;
    }

    /**
     * The statements allowed per added item, summed over the statements that grow; 0 unless told otherwise.
     *
     * @throws IllegalArgumentException when negative
     */
    public ScalingScenario slope(int slope) {
        ScalingRule.checkSlope(slope);
        this.slope = slope;
        return this;
    }

    /** Runs the action once, unrecorded, before recording it at each scale: caches and lazy loads fill first. */
    public ScalingScenario warmUp() {
        this.warmUp = true;
        return this;
    }

    /**
     * Wraps each scale's work ({@code populate}, warm-up and the recorded action), for instance in a transaction
     * your framework binds to the thread and rolls back. The wrapper must run the scale exactly once.
     */
    public ScalingScenario aroundEachScale(AroundScale around) {
        this.around = Objects.requireNonNull(around, "around must not be null");
        return this;
    }

    /** Cleans up after each scale, whether it passed or failed; unrecorded. */
    public ScalingScenario afterEachScale(ScaleStep afterEachScale) {
        this.afterEachScale = Objects.requireNonNull(afterEachScale, "afterEachScale must not be null");
        return this;
    }

    /** Names the scenario in the failure message; by default the class and method that run it. */
    public ScalingScenario as(String subject) {
        this.subject = Objects.requireNonNull(subject, "subject must not be null");
        return this;
    }

    /**
     * Runs the scenario at every scale and fails when its statements grow more than the slope allows.
     *
     * @throws AssertionFailedError naming each statement that grew, its count at every scale, and where it ran
     */
    public void assertNoNPlusOne() {
        String name = subject != null ? subject : CallerName.outside(ScalingScenario.class);
        ScalingComparison comparison = compare();
        comparison.failure(name).ifPresent(failure -> {
            throw Failures.toAssertion(failure);
        });
    }

    /** Runs the scenario at every scale and returns the comparison, without asserting anything. */
    public ScalingComparison compare() {
        if (populate == null || action == null) {
            throw new IllegalStateException("A scaling scenario needs populate(n -> ...) to create n items and"
                    + " action(() -> ...) to record at each scale");
        }
        ScalingRule rule = new ScalingRule(scales, slope);
        Map<Integer, Recording> recordings = new LinkedHashMap<>();
        for (int n : rule.scales()) {
            recordings.put(n, new ScenarioScale(n, populate, action, warmUp).run(around, afterEachScale));
        }
        return rule.compare(recordings);
    }
}
