package dev.queryguard.sample.demo;

import java.util.List;

/**
 * One endpoint in both variants.
 *
 * @param sameAnswers whether both variants answered alike at every scale ({@link DemoScenario#comparable})
 */
public record EndpointReport(DemoScenario scenario, List<VariantReport> variants, boolean sameAnswers) {

    public EndpointReport {
        variants = List.copyOf(variants);
    }
}
