package dev.queryguard.check.internal;

import dev.queryguard.check.SqlText;
import dev.queryguard.recording.Recording;

import java.util.List;

/**
 * Lists shapes the way budget failures show them, counts right-aligned:
 * <pre>
 *   6 × select p1_0.id, p1_0.sha from ci.ci_pipelines p1_0 where p1_0.id=?
 *       first at PackageService.java:57 (PackageService.pipelinesOf)
 *   1 × cached ENTITY Project#1 (region dev.example.Project)
 *       at ProjectService.java:12 (ProjectService.find)
 * </pre>
 */
public final class ShapeList {

    /** Messages list at most this many shapes; the rest are summed up on one line. */
    public static final int MAX_SHAPES = 25;

    private ShapeList() {
    }

    public static void append(StringBuilder message, List<Shape> shapes) {
        int width = shapes.stream().mapToInt(shape -> Long.toString(shape.count()).length()).max().orElse(1);
        String continuation = " ".repeat(2 + width + 3);
        for (Shape shape : shapes.subList(0, Math.min(shapes.size(), MAX_SHAPES))) {
            String count = Long.toString(shape.count());
            message.append("\n  ").append(" ".repeat(width - count.length())).append(count).append(" × ")
                    .append(shape.text())
                    .append('\n').append(continuation).append(shape.count() > 1 ? "first at " : "at ")
                    .append(SqlText.at(shape.firstAt()));
        }
        if (shapes.size() > MAX_SHAPES) {
            List<Shape> rest = shapes.subList(MAX_SHAPES, shapes.size());
            message.append("\n  ... and ").append(Shapes.total(rest)).append(" more in ").append(rest.size())
                    .append(" other shapes");
        }
    }

    /** Says what a recording past its cap on kept entries leaves out of a listing, or nothing. */
    public static void appendTruncation(StringBuilder message, Recording recording, boolean counted) {
        if (!recording.truncated()) {
            return;
        }
        message.append("\n  (the recording kept its first ").append(recording.maxEntries())
                .append(" entries (queryguard.maxEntries); ").append(recording.droppedEntries())
                .append(counted ? " more were counted but are not listed)"
                        : " more could not be matched against the patterns and were not counted)");
    }
}
