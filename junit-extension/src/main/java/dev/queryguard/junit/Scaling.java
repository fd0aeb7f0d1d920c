package dev.queryguard.junit;

/**
 * The N+1 check as a plain assertion, for tests that cannot use {@link ScalingTest}: it runs a scenario at
 * several scales and fails when the statements of its action grow with the number of items.
 *
 * <pre>{@code
 * Scaling.scenario()
 *         .populate(n -> createPackages(project, n))
 *         .action(() -> api.listPackages(project))
 *         .assertNoNPlusOne();
 * }</pre>
 */
public final class Scaling {

    private Scaling() {
    }

    /** A scenario at the scales 2 and 3 allowing no growth, to configure and assert. */
    public static ScalingScenario scenario() {
        return new ScalingScenario();
    }
}
