package dev.queryguard.check.internal;

import dev.queryguard.check.SqlText;
import dev.queryguard.check.StatementFilter;
import dev.queryguard.recording.Recording;

import java.util.List;

/**
 * The message of a measured recording that differs from its control, GitLab's "Query Diff":
 * <pre>
 * Expected the recording to run at most as many statements as the control (all kinds, cached loads included),
 * but the control ran 2 and it ran 7; by statement shape, bound values ignored:
 *   ~ select p1_0.id, p1_0.sha from ci.ci_pipelines p1_0 where p1_0.id=?
 *       expected 1, got 6, first at PackageService.java:57 (PackageService.pipelinesOf)
 *   + select ...
 *       expected 0, got 1, at ...
 *   - select ...
 *       expected 1, got 0, at ... in the control
 * </pre>
 */
public final class StatementsDiffer {

    private StatementsDiffer() {
    }

    /**
     * Builds the message.
     *
     * @param expectation what the measured recording should have done: {@code to run the same statements as the
     *                    control}
     */
    public static String message(String subject, String expectation, StatementFilter filter, long controlCount,
                                 long measuredCount, List<ShapeChange> changes, Recording control,
                                 Recording measured) {
        StringBuilder message = new StringBuilder("Expected ").append(subject).append(' ').append(expectation)
                .append(" (").append(filter.describe()).append("),\nbut the control ran ").append(controlCount)
                .append(" and it ran ").append(measuredCount);
        if (changes.isEmpty()) {
            message.append(", the same statements by shape.");
        } else {
            message.append("; by statement shape, bound values ignored:");
            for (ShapeChange change : changes.subList(0, Math.min(changes.size(), ShapeList.MAX_SHAPES))) {
                long executions = Math.max(change.expected(), change.got());
                message.append("\n  ").append(change.mark()).append(' ').append(change.text())
                        .append("\n      expected ").append(change.expected()).append(", got ").append(change.got())
                        .append(executions > 1 ? ", first at " : ", at ").append(SqlText.at(change.firstAt()))
                        .append(change.got() == 0 ? " in the control" : "");
            }
            if (changes.size() > ShapeList.MAX_SHAPES) {
                message.append("\n  ... and ").append(changes.size() - ShapeList.MAX_SHAPES)
                        .append(" more changed shapes");
            }
        }
        appendTruncation(message, "control", control);
        appendTruncation(message, "measured recording", measured);
        return message.toString();
    }

    private static void appendTruncation(StringBuilder message, String name, Recording recording) {
        if (recording.truncated()) {
            message.append("\n  (the ").append(name).append(" kept only its first ").append(recording.maxEntries())
                    .append(" entries (queryguard.maxEntries): the shapes cover those)");
        }
    }
}
