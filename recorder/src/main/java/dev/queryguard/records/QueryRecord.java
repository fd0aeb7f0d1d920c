package dev.queryguard.records;

import dev.queryguard.records.internal.Tallies;
import dev.queryguard.recording.Recording;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one test ran: a line per statement fingerprint (and per kind and region of cache loads) with its count,
 * in {@link RecordLine#ORDER}. Bound values, call sites and timings are left out, so the record of a test only
 * changes when the statements it runs change. Immutable and thread-safe.
 *
 * @param lines the lines, sorted and each shape once
 */
public record QueryRecord(List<RecordLine> lines) {

    private static final QueryRecord EMPTY = new QueryRecord(List.of());

    public QueryRecord {
        List<RecordLine> sorted = new ArrayList<>(lines);
        sorted.sort(RecordLine.ORDER);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).key().equals(sorted.get(i - 1).key())) {
                throw new IllegalArgumentException("a record lists each shape once: " + sorted.get(i).key());
            }
        }
        lines = Collections.unmodifiableList(sorted);
    }

    /** The record of a test that ran nothing. */
    public static QueryRecord empty() {
        return EMPTY;
    }

    /**
     * The record of what {@code recording} ran: the statements and cache loads it kept (a recording past
     * {@code queryguard.maxEntries} counts the rest without their SQL, so they cannot be recorded).
     */
    public static QueryRecord of(Recording recording) {
        return new QueryRecord(Tallies.of(recording).stream().map(Tallies.Tally::line).toList());
    }

    /** The statements and cache loads of all lines. */
    public long total() {
        return lines.stream().mapToLong(RecordLine::count).sum();
    }

    /** The line of the shape {@code key} ({@link RecordLine#key()}), if the record has it. */
    public Optional<RecordLine> line(String key) {
        return Optional.ofNullable(byKey().get(key));
    }

    /** The lines by {@link RecordLine#key()}, in record order. */
    public Map<String, RecordLine> byKey() {
        Map<String, RecordLine> byKey = new LinkedHashMap<>();
        lines.forEach(line -> byKey.put(line.key(), line));
        return byKey;
    }

    /** Whether any line counts cache loads. */
    public boolean hasCacheLoads() {
        return lines.stream().anyMatch(RecordLine::cached);
    }
}
