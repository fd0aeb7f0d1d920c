package dev.queryguard.junit.internal;

import dev.queryguard.analysis.StatementKind;
import dev.queryguard.check.QueryBudget;
import dev.queryguard.check.StatementFilter;
import dev.queryguard.junit.ExactQueries;
import dev.queryguard.junit.MaxQueries;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the budget of a test from the nearest {@link MaxQueries} or {@link ExactQueries}, refusing misused ones
 * with a message naming the annotation and where it sits:
 * {@code @MaxQueries(-1) on PackagesTests.lists(): value must not be negative: -1}.
 */
public final class BudgetAnnotations {

    private BudgetAnnotations() {
    }

    /** The budget of the running test, or empty when it has none. */
    public static Optional<QueryBudget> of(ExtensionContext context) {
        for (AnnotatedLevel level : AnnotatedLevel.of(context)) {
            Optional<MaxQueries> max = level.find(MaxQueries.class);
            Optional<ExactQueries> exact = level.find(ExactQueries.class);
            if (max.isPresent() && exact.isPresent()) {
                throw new ExtensionConfigurationException("@MaxQueries(" + max.get().value() + ") and @ExactQueries("
                        + exact.get().value() + ") on " + level.name() + ": use one of them, a budget is either a"
                        + " maximum or an exact count");
            }
            if (max.isPresent()) {
                MaxQueries annotation = max.get();
                String named = "@MaxQueries(" + annotation.value() + ") on " + level.name();
                return Optional.of(budget(named, annotation.value(), annotation.threshold(), false,
                        annotation.kinds(), annotation.include(), annotation.exclude(), annotation.cached()));
            }
            if (exact.isPresent()) {
                ExactQueries annotation = exact.get();
                String named = "@ExactQueries(" + annotation.value() + ") on " + level.name();
                return Optional.of(budget(named, annotation.value(), 0, true,
                        annotation.kinds(), annotation.include(), annotation.exclude(), annotation.cached()));
            }
        }
        return Optional.empty();
    }

    private static QueryBudget budget(String named, int value, int threshold, boolean exact, StatementKind[] kinds,
                                      String[] include, String[] exclude, boolean cached) {
        if (value < 0) {
            throw misuse(named, "value must not be negative: " + value);
        }
        if (threshold < 0) {
            throw misuse(named, "threshold must not be negative: " + threshold);
        }
        StatementFilter filter = new StatementFilter(
                kinds.length == 0 ? EnumSet.allOf(StatementKind.class) : EnumSet.copyOf(List.of(kinds)),
                List.of(), List.of(), cached);
        for (String regex : include) {
            filter = filter.including(pattern(named, "include", regex));
        }
        for (String regex : exclude) {
            filter = filter.excluding(pattern(named, "exclude", regex));
        }
        return new QueryBudget(value, threshold, exact, filter);
    }

    private static Pattern pattern(String named, String element, String regex) {
        try {
            return StatementFilter.pattern(regex);
        } catch (IllegalArgumentException e) {
            throw misuse(named, element + " " + e.getMessage());
        }
    }

    private static ExtensionConfigurationException misuse(String named, String problem) {
        return new ExtensionConfigurationException(named + ": " + problem);
    }
}
