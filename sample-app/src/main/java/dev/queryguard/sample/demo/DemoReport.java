package dev.queryguard.sample.demo;

import dev.queryguard.sample.flags.Variant;

import java.util.List;

/**
 * What a run of the demo found.
 *
 * @param database     where it ran, {@code qg_sample_... on H2 in memory, PostgreSQL mode}
 * @param scales       the numbers of items each endpoint ran with
 * @param endpoints    the endpoints the build serves, in the order run
 * @param notYetServed the endpoints of {@link DemoScenarios#all()} the build does not serve yet
 */
public record DemoReport(String database, List<Integer> scales, List<EndpointReport> endpoints,
                         List<DemoScenario> notYetServed) {

    public DemoReport {
        scales = List.copyOf(scales);
        endpoints = List.copyOf(endpoints);
        notYetServed = List.copyOf(notYetServed);
    }

    /** The legacy variants with a problem, and the fixed variants without one, counted for the summary. */
    long count(boolean legacy, boolean withProblem) {
        return endpoints.stream().flatMap(endpoint -> endpoint.variants().stream())
                .filter(variant -> (variant.variant() == Variant.LEGACY) == legacy)
                .filter(variant -> variant.clean() != withProblem)
                .count();
    }
}
