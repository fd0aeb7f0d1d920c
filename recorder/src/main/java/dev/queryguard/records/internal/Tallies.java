package dev.queryguard.records.internal;

import dev.queryguard.records.RecordLine;
import dev.queryguard.recording.CacheEntry;
import dev.queryguard.recording.CallSite;
import dev.queryguard.recording.RecordedEntry;
import dev.queryguard.recording.Recording;
import dev.queryguard.recording.StatementEntry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts the kept entries of a recording by record line, remembering where each shape first ran. */
public final class Tallies {

    private Tallies() {
    }

    /**
     * A shape's count in a recording and where it first ran.
     *
     * @param line    the record line, with the count
     * @param firstAt the call site of its first execution, or {@code null} when not captured
     */
    public record Tally(RecordLine line, CallSite firstAt) {
    }

    /** The tallies in order of first appearance. */
    public static List<Tally> of(Recording recording) {
        // Keyed by the raw text first, so that a line (and its white space clean-up) is built once per shape.
        Map<String, Counter> byText = new LinkedHashMap<>();
        for (RecordedEntry entry : recording.entries()) {
            if (entry instanceof StatementEntry statement) {
                byText.computeIfAbsent(statement.kind() + " " + statement.fingerprint(), key -> new Counter(
                        RecordLine.statement(statement.kind(), statement.fingerprint(), 1), statement.callSite()))
                        .count++;
            } else if (entry instanceof CacheEntry load) {
                byText.computeIfAbsent("cached " + load.kind() + " " + load.region(), key -> new Counter(
                        RecordLine.cached(load.kind(), load.region(), 1), load.callSite()))
                        .count++;
            }
        }
        // Texts differing only in white space share a line.
        Map<String, Counter> byLine = new LinkedHashMap<>();
        for (Counter counter : byText.values()) {
            byLine.merge(counter.line.key(), counter, (first, more) -> {
                first.count += more.count;
                return first;
            });
        }
        return byLine.values().stream()
                .map(counter -> new Tally(counter.line.withCount(counter.count), counter.firstAt))
                .toList();
    }

    private static final class Counter {
        private final RecordLine line;
        private final CallSite firstAt;
        private long count;

        Counter(RecordLine line, CallSite firstAt) {
            this.line = line;
            this.firstAt = firstAt;
        }
    }
}
