package dev.queryguard.check.internal;

import dev.queryguard.check.SqlText;
import dev.queryguard.recording.RepeatedStatement;

import java.util.List;

/**
 * The message of statements run twice with the same bound values:
 * <pre>
 * Expected ProjectsTests.showsProject() not to run a statement again with the same bound values,
 * but 1 statement ran more than once:
 *   3 × select p1_0.id, p1_0.name from projects p1_0 where p1_0.id=?
 *       with [1], first at ProjectService.java:40 (ProjectService.find)
 * Reuse the first result instead of asking the database again.
 * </pre>
 */
public final class StatementsRepeated {

    private StatementsRepeated() {
    }

    public static String message(String subject, List<RepeatedStatement> repeated) {
        StringBuilder message = new StringBuilder("Expected ").append(subject)
                .append(" not to run a statement again with the same bound values,\nbut ")
                .append(repeated.size() == 1 ? "1 statement" : repeated.size() + " statements")
                .append(" ran more than once:");
        int width = repeated.stream().mapToInt(r -> Integer.toString(r.executions()).length()).max().orElse(1);
        String continuation = " ".repeat(2 + width + 3);
        for (RepeatedStatement statement : repeated.subList(0, Math.min(repeated.size(), ShapeList.MAX_SHAPES))) {
            String count = Integer.toString(statement.executions());
            message.append("\n  ").append(" ".repeat(width - count.length())).append(count).append(" × ")
                    .append(SqlText.shorten(statement.sql()))
                    .append('\n').append(continuation)
                    .append(statement.boundValues().isEmpty()
                            ? "without bound values"
                            : "with " + EntryText.values(statement.boundValues()))
                    .append(", first at ").append(SqlText.at(statement.first().callSite()));
        }
        if (repeated.size() > ShapeList.MAX_SHAPES) {
            message.append("\n  ... and ").append(repeated.size() - ShapeList.MAX_SHAPES)
                    .append(" more repeated statements");
        }
        return message.append("\nReuse the first result instead of asking the database again.").toString();
    }
}
