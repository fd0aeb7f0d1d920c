package dev.queryguard.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Counts the statements and remembers where those that cross schema groups start. Not thread-safe. */
public final class CrossSchemaSummary {

    /** Lines named in the summary; a log can hold millions of crossings, and a few locate the problem. */
    static final int LINES_SHOWN = 20;

    private final List<Integer> lines = new ArrayList<>();
    private int statements;
    private int crossings;

    /** Counts one statement, which starts at {@code line}. */
    public void add(int line, boolean crossSchema) {
        statements++;
        if (crossSchema) {
            crossings++;
            if (lines.size() < LINES_SHOWN) {
                lines.add(line);
            }
        }
    }

    public boolean anyCrossing() {
        return crossings > 0;
    }

    /** Returns the one-line summary, such as {@code 2 of 14 statements cross schema groups (lines 3, 9)}. */
    public String message() {
        String shown = lines.stream().map(String::valueOf).collect(Collectors.joining(", "));
        String more = crossings > lines.size() ? " and " + (crossings - lines.size()) + " more" : "";
        return "queryguard analyze: " + crossings + " of " + statements + " statements "
                + (crossings == 1 ? "crosses" : "cross") + " schema groups ("
                + (crossings == 1 ? "line " : "lines ") + shown + more + ")";
    }
}
