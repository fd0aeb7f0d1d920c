package dev.queryguard.check.internal;

import dev.queryguard.recording.StatementEntry;

import java.util.List;

/**
 * One statement run from one place again and again with other values: an N+1.
 *
 * @param first          its first execution
 * @param executions     how many times it ran
 * @param distinctValues the distinct bound values, in order of first use (empty lists when the values were
 *                       written into the SQL)
 */
public record RowByRowLoad(StatementEntry first, int executions, List<List<Object>> distinctValues) {
    public RowByRowLoad {
        distinctValues = List.copyOf(distinctValues);
    }

    /** Whether the places were compared by full stack ({@code queryguard.stacks=true}) rather than call site. */
    public boolean comparedStacks() {
        return !first.stack().isEmpty();
    }
}
