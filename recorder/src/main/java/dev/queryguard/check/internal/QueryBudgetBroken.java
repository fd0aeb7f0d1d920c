package dev.queryguard.check.internal;

import dev.queryguard.check.QueryBudget;
import dev.queryguard.recording.Recording;

import java.util.List;

/**
 * The message of a broken budget:
 * <pre>
 * Expected PackagesTests.listsPackages() to run at most 5 statements (SELECT, cached loads included),
 * but it ran 8:
 *   6 × select p1_0.id, p1_0.sha from ci.ci_pipelines p1_0 where p1_0.id=?
 *       first at PackageService.java:57 (PackageService.pipelinesOf)
 *   ...
 * </pre>
 */
public final class QueryBudgetBroken {

    private QueryBudgetBroken() {
    }

    public static String message(String subject, QueryBudget budget, long counted, List<Shape> shapes,
                                 Recording recording) {
        StringBuilder message = new StringBuilder("Expected ").append(subject).append(" to run ")
                .append(budget.exact() ? "exactly " : "at most ").append(Plural.statements(budget.allowed()))
                .append(" (");
        if (budget.threshold() > 0) {
            message.append(budget.limit()).append(" + threshold ").append(budget.threshold()).append("; ");
        }
        message.append(budget.filter().describe()).append("),\nbut it ran ");
        if (counted == 0) {
            return message.append("none.").toString();
        }
        message.append(counted).append(':');
        ShapeList.append(message, shapes);
        ShapeList.appendTruncation(message, recording, !budget.filter().hasPatterns());
        return message.toString();
    }
}
