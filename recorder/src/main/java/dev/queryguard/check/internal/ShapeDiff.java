package dev.queryguard.check.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Compares two recordings shape by shape: executions that differ only in bound values are no change. */
public final class ShapeDiff {

    private ShapeDiff() {
    }

    /** The shapes whose counts differ, the largest differences first; ties keep their order of appearance. */
    public static List<ShapeChange> of(List<Shape> control, List<Shape> measured) {
        Map<String, Shape> controlByKey = byKey(control);
        Map<String, Shape> measuredByKey = byKey(measured);
        List<ShapeChange> changes = new ArrayList<>();
        for (Shape shape : measured) {
            Shape before = controlByKey.get(shape.key());
            long expected = before == null ? 0 : before.count();
            if (expected != shape.count()) {
                changes.add(new ShapeChange(shape.text(), expected, shape.count(), shape.firstAt()));
            }
        }
        for (Shape shape : control) {
            if (!measuredByKey.containsKey(shape.key())) {
                changes.add(new ShapeChange(shape.text(), shape.count(), 0, shape.firstAt()));
            }
        }
        changes.sort(Comparator.comparingLong((ShapeChange change) -> Math.abs(change.delta())).reversed());
        return changes;
    }

    /** One line per shape, {@code 6 × select ...}, sorted by text: what the IDE's diff view compares. */
    public static String listing(List<Shape> shapes) {
        return shapes.stream()
                .sorted(Comparator.comparing(Shape::text))
                .map(shape -> shape.count() + " × " + shape.text())
                .collect(Collectors.joining("\n"));
    }

    private static Map<String, Shape> byKey(List<Shape> shapes) {
        return shapes.stream().collect(Collectors.toMap(Shape::key, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }
}
