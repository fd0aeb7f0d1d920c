package dev.queryguard.sample.demo;

import dev.queryguard.sample.flags.Variant;

import java.util.List;
import java.util.function.IntToLongFunction;
import java.util.stream.Collectors;

/** The demo's report as plain ASCII text for the terminal: a legend, a table per endpoint, a summary. */
public final class TextReport {

    private static final String ROW = "  %-8s %-11s %-7s %7s  %-13s %-11s %-10s %s%n";

    private TextReport() {
    }

    public static String render(DemoReport report) {
        int small = report.scales().get(0);
        int large = report.scales().get(report.scales().size() - 1);
        StringBuilder text = new StringBuilder();
        text.append("QueryGuard demo on ").append(report.database()).append('\n')
                .append("Each endpoint was called through the app's HTTP server in its legacy and its fixed variant, with ")
                .append(small).append(" and then ").append(large).append(" items.\n")
                .append("QueryGuard recorded what the server thread ran and judged it with its own checks:\n")
                .append("  growth        statements added from ").append(small).append(" to ").append(large)
                .append(" items: N+1 when above 0 (ScalingRule, slope 0)\n")
                .append("  cross-schema  statements joining tables of the main and ci groups (CrossSchemaCheck)\n")
                .append("  ext. in tx    calls to other services inside an open transaction (ExternalCallsInTransaction)\n")
                .append("Columns with ").append(small).append(" -> ").append(large)
                .append(" show each scale. CAUGHT: a QueryGuard check failed; FLAGGED: the demo read a problem")
                .append(" from the recording that no check covers.\n");
        for (EndpointReport endpoint : report.endpoints()) {
            endpoint(text, endpoint, small, large);
        }
        text.append('\n').append(summary(report)).append('\n');
        return text.toString();
    }

    /** The closing lines: how many legacy variants were found out, how many fixed ones are clean. */
    static String summary(DemoReport report) {
        long legacy = report.count(true, true) + report.count(true, false);
        long fixed = report.count(false, true) + report.count(false, false);
        List<VariantReport> legacyVariants = report.endpoints().stream()
                .flatMap(endpoint -> endpoint.variants().stream())
                .filter(variant -> variant.variant() == Variant.LEGACY).toList();
        long caught = legacyVariants.stream().filter(VariantReport::caughtByCheck).count();
        long flagged = legacyVariants.stream().filter(variant -> !variant.clean() && !variant.caughtByCheck()).count();
        StringBuilder text = new StringBuilder("Summary: ").append(report.count(true, true)).append(" of ")
                .append(legacy).append(" legacy variants have a problem (").append(caught)
                .append(" caught by a QueryGuard check, ").append(flagged).append(" flagged from the recording); ")
                .append(report.count(false, false)).append(" of ").append(fixed).append(" fixed variants are clean.");
        if (!report.notYetServed().isEmpty()) {
            text.append("\nNot in this build yet (their routes answer 404 Route Not Found): ")
                    .append(report.notYetServed().stream().map(scenario -> scenario.title() + " ("
                            + scenario.route() + ")").collect(Collectors.joining(", "))).append('.');
        }
        return text.toString();
    }

    private static void endpoint(StringBuilder text, EndpointReport endpoint, int small, int large) {
        text.append('\n').append(endpoint.scenario().title()).append("  ").append(endpoint.scenario().route())
                .append('\n').append("  items: ").append(endpoint.scenario().items()).append('\n')
                .append(String.format(ROW, "variant", "statements", "cached", "growth", "cross-schema", "ext. in tx",
                        "rows read", "verdict"));
        for (VariantReport variant : endpoint.variants()) {
            String verdict = variant.verdict() + (variant.clean() ? ""
                    : "  " + variant.problems().stream().map(DemoProblem::summary).collect(Collectors.joining("; ")));
            text.append(String.format(ROW, variant.variant().headerValue(), scales(variant::statements, small, large),
                    scales(variant::cached, small, large), "+" + variant.growth(),
                    scales(variant::crossSchema, small, large),
                    scales(variant::externalCallsInTransaction, small, large),
                    scales(variant::rowsRead, small, large), verdict));
        }
        for (VariantReport variant : endpoint.variants()) {
            for (DemoProblem problem : variant.problems()) {
                text.append("  ").append(variant.variant().headerValue()).append(", ")
                        .append(problem.byCheck() ? "check " + problem.check() : "read from the recording, no check")
                        .append(": ").append(problem.statement()).append('\n')
                        .append("      at ").append(problem.callSite()).append('\n');
                if (!problem.context().isEmpty()) {
                    text.append("      ").append(problem.context().replace("\n", "\n      ")).append('\n');
                }
            }
        }
        text.append(endpoint.sameAnswers() ? "  Both variants answered alike at every scale.\n"
                : "  The variants answered differently: see the HTML report.\n");
    }

    private static String scales(IntToLongFunction value, int small, int large) {
        return value.applyAsLong(small) + " -> " + value.applyAsLong(large);
    }
}
