package dev.queryguard.sample.demo;

import dev.queryguard.check.ExternalCallsInTransaction;
import dev.queryguard.recording.Recording;
import dev.queryguard.recording.StatementEntry;
import dev.queryguard.sample.flags.Variant;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One variant of one endpoint as the demo saw it: what it ran and answered at each scale, and the problems found.
 * Immutable.
 *
 * @param growth   the statements added from the smallest to the largest scale, summed over those that grew
 * @param problems what QueryGuard's checks (and the scenario's own reading of the recording) found; empty: clean
 */
public record VariantReport(Variant variant, SortedMap<Integer, Recording> recordings,
                            SortedMap<Integer, DemoAnswer> answers, long growth, List<DemoProblem> problems) {

    public VariantReport {
        recordings = Collections.unmodifiableSortedMap(new TreeMap<>(recordings));
        answers = Collections.unmodifiableSortedMap(new TreeMap<>(answers));
        problems = List.copyOf(problems);
    }

    /** Statements that reached JDBC at {@code scale}. */
    public long statements(int scale) {
        return recordings.get(scale).count();
    }

    /** Loads served from an ORM cache at {@code scale}. */
    public long cached(int scale) {
        return recordings.get(scale).cachedCount();
    }

    /** Statements joining schema groups that may not mix, at {@code scale}. */
    public long crossSchema(int scale) {
        return recordings.get(scale).statements().stream().filter(statement -> statement.analysis().crossSchema())
                .count();
    }

    /** Calls to other services made inside a transaction the request began, at {@code scale}. */
    public long externalCallsInTransaction(int scale) {
        return ExternalCallsInTransaction.violations(recordings.get(scale)).size();
    }

    /** Rows the application read from its statements' result sets at {@code scale}. */
    public long rowsRead(int scale) {
        return recordings.get(scale).statements().stream().mapToLong(StatementEntry::rowsRead).sum();
    }

    /** Whether nothing was found. */
    public boolean clean() {
        return problems.isEmpty();
    }

    /** Whether a QueryGuard check failed. */
    public boolean caughtByCheck() {
        return problems.stream().anyMatch(DemoProblem::byCheck);
    }

    /** {@code clean}, {@code CAUGHT} (a QueryGuard check failed) or {@code FLAGGED} (only the demo's reading). */
    public String verdict() {
        return clean() ? "clean" : caughtByCheck() ? "CAUGHT" : "FLAGGED";
    }
}
