package dev.queryguard.sample.demo;

import dev.queryguard.recording.Recording;
import dev.queryguard.sample.SampleApp;
import dev.queryguard.sample.flags.Variant;

import java.util.Optional;

/**
 * One endpoint as the demo exercises it: how to seed {@code n} items for it, and the request that works on them.
 * The demo seeds each scale, sends the request in both variants and lets QueryGuard judge what ran. An endpoint
 * that the build does not serve yet is left out of the report, so the list can name endpoints before they exist.
 */
public interface DemoScenario {

    /** What a newcomer calls the endpoint: {@code Deployments finder}. */
    String title();

    /** The route as the API documents it, with the query the demo sends: {@code GET /api/v4/...?environment=...}. */
    String route();

    /** What the scales count: {@code deployments per environment}. */
    String items();

    /** A request the route answers without touching any data (an id of 0), to learn whether the build serves it. */
    DemoRequest probe();

    /** Seeds {@code n} items into {@code app} and returns the requests that work on them, one per variant. */
    Prepared prepare(SampleApp app, int n);

    /** The answer as two variants must agree on it; ids of rows each variant created are dropped, for instance. */
    default String comparable(DemoAnswer answer) {
        return answer.status() + " " + answer.body();
    }

    /**
     * A problem the demo reads from the recording that no QueryGuard check covers, such as rows read for
     * nothing; empty by default.
     */
    default Optional<DemoProblem> beyondChecks(String subject, int n, Recording recording, DemoAnswer answer) {
        return Optional.empty();
    }

    /** The seeded data of one scale. */
    @FunctionalInterface
    interface Prepared {

        /** The request of {@code variant}; called once per variant. */
        DemoRequest request(Variant variant);
    }
}
