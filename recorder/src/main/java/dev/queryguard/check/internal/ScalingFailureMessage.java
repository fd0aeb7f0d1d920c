package dev.queryguard.check.internal;

import dev.queryguard.check.GrowingStatement;
import dev.queryguard.check.GrowingStatement.Origin;
import dev.queryguard.check.ScalingComparison;
import dev.queryguard.check.SqlText;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The message of statements that grew with the number of items: the totals at every scale, then each growing
 * statement with its count at every scale, its growth per item, and where it first ran.
 *
 * <pre>
 * Expected the statements of PackagesApiTests.listsPackages() not to grow with the number of items,
 * but at 2 items it ran 5 statements and at 3 items 7 (+2 per item):
 *   2 → 3  +1 per item  select p1_0.id, p1_0.sha from ci.ci_pipelines p1_0 where p1_0.id=?
 *                       first at PackageService.java:57 (PackageService.pipelinesOf)
 *   2 → 3  +1 per item  cached COLLECTION Package.files
 *                       first at PackageService.java:61 (PackageService.filesOf)
 * Loads served from an ORM cache count as statements: a cold cache runs them.
 * </pre>
 */
public final class ScalingFailureMessage {

    private static final String ARROW = " → ";

    private ScalingFailureMessage() {
    }

    public static String of(String subject, ScalingComparison comparison) {
        List<Integer> scales = comparison.rule().scales();
        StringBuilder message = new StringBuilder("Expected the statements of ").append(subject);
        int slope = comparison.rule().slope();
        if (slope == 0) {
            message.append(" not to grow with the number of items,\n");
        } else {
            message.append(" not to grow by more than ").append(statements(slope)).append(" per item,\n");
        }
        message.append("but ").append(totals(comparison)).append(" (")
                .append(rates(scales, comparison.growthPerStep())).append(" per item):");

        List<String[]> rows = new ArrayList<>();
        for (GrowingStatement statement : comparison.growing()) {
            List<Long> steps = new ArrayList<>();
            for (int step = 1; step < scales.size(); step++) {
                steps.add(statement.counts().get(scales.get(step)) - statement.counts().get(scales.get(step - 1)));
            }
            rows.add(new String[] {
                    statement.counts().values().stream().map(String::valueOf).collect(Collectors.joining(ARROW)),
                    rates(scales, steps) + " per item"});
        }
        int countsWidth = rows.stream().mapToInt(row -> row[0].length()).max().orElse(0);
        int ratesWidth = rows.stream().mapToInt(row -> row[1].length()).max().orElse(0);
        String callSiteIndent = " ".repeat(2 + countsWidth + 2 + ratesWidth + 2);
        for (int i = 0; i < rows.size(); i++) {
            GrowingStatement statement = comparison.growing().get(i);
            message.append("\n  ").append(pad(rows.get(i)[0], countsWidth))
                    .append("  ").append(pad(rows.get(i)[1], ratesWidth))
                    .append("  ").append(text(statement));
            if (statement.origin() != Origin.NOT_KEPT) {
                message.append('\n').append(callSiteIndent).append(statement.firstCallSite() == null
                        ? SqlText.at(null)
                        : "first at " + SqlText.at(statement.firstCallSite()));
            }
        }
        if (comparison.growing().stream().anyMatch(statement -> statement.origin() == Origin.CACHE)) {
            message.append("\nLoads served from an ORM cache count as statements: a cold cache runs them.");
        }
        return message.toString();
    }

    private static String totals(ScalingComparison comparison) {
        List<String> parts = new ArrayList<>();
        comparison.totals().forEach((scale, total) -> parts.add(parts.isEmpty()
                ? "at " + items(scale) + " it ran " + statements(total)
                : "at " + items(scale) + " " + total));
        String last = parts.remove(parts.size() - 1);
        return String.join(", ", parts) + " and " + last;
    }

    /** {@code +1}, or {@code +1, then +2} when the steps differ. */
    private static String rates(List<Integer> scales, List<Long> growthPerStep) {
        List<String> rates = new ArrayList<>();
        for (int step = 1; step < scales.size(); step++) {
            int items = scales.get(step) - scales.get(step - 1);
            BigDecimal rate = BigDecimal.valueOf(growthPerStep.get(step - 1))
                    .divide(BigDecimal.valueOf(items), 2, RoundingMode.HALF_UP).stripTrailingZeros();
            rates.add((rate.signum() < 0 ? "" : "+") + rate.toPlainString());
        }
        return rates.stream().distinct().count() == 1 ? rates.get(0) : String.join(", then ", rates);
    }

    private static String text(GrowingStatement statement) {
        return switch (statement.origin()) {
            case JDBC -> SqlText.shorten(statement.text());
            case CACHE -> "cached " + statement.text();
            case NOT_KEPT -> "statements without details, " + statement.text() + " (queryguard.maxEntries)";
        };
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }

    private static String items(int scale) {
        return scale == 1 ? "1 item" : scale + " items";
    }

    private static String statements(long count) {
        return count == 1 ? "1 statement" : count + " statements";
    }
}
