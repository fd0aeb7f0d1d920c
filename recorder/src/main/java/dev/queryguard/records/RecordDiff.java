package dev.queryguard.records;

import dev.queryguard.records.internal.Tallies;
import dev.queryguard.recording.CallSite;
import dev.queryguard.recording.Recording;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How what a test ran differs from its record, shape by shape, in record order. Immutable and thread-safe.
 *
 * @param record  the record the test was held to
 * @param actual  the record of what it ran
 * @param changes the shapes whose counts differ, in {@link RecordLine#ORDER}
 */
public record RecordDiff(QueryRecord record, QueryRecord actual, List<RecordChange> changes) {

    private static final Comparator<RecordChange> ORDER = Comparator.comparing(
            (RecordChange change) -> new RecordLine(change.label(), change.text(), 1), RecordLine.ORDER);

    public RecordDiff {
        Objects.requireNonNull(record, "record must not be null");
        Objects.requireNonNull(actual, "actual must not be null");
        changes = List.copyOf(changes);
    }

    /** Compares what {@code recording} ran with {@code record}. */
    public static RecordDiff between(QueryRecord record, Recording recording) {
        List<Tallies.Tally> tallies = Tallies.of(recording);
        QueryRecord actual = new QueryRecord(tallies.stream().map(Tallies.Tally::line).toList());
        Map<String, CallSite> firstAt = new HashMap<>();
        tallies.forEach(tally -> firstAt.put(tally.line().key(), tally.firstAt()));

        Map<String, RecordLine> expected = record.byKey();
        Map<String, RecordLine> got = actual.byKey();
        List<RecordChange> changes = new ArrayList<>();
        for (RecordLine line : actual.lines()) {
            RecordLine before = expected.get(line.key());
            long count = before == null ? 0 : before.count();
            if (count != line.count()) {
                changes.add(new RecordChange(line.label(), line.text(), count, line.count(),
                        firstAt.get(line.key())));
            }
        }
        for (RecordLine line : record.lines()) {
            if (!got.containsKey(line.key())) {
                changes.add(new RecordChange(line.label(), line.text(), line.count(), 0, null));
            }
        }
        changes.sort(ORDER);
        return new RecordDiff(record, actual, changes);
    }

    /** Whether the test ran exactly what its record says. */
    public boolean same() {
        return changes.isEmpty();
    }

    /** Whether the test ran some shape more often than its record allows, or a shape the record does not have. */
    public boolean grew() {
        return changes.stream().anyMatch(RecordChange::grew);
    }

    /** Whether the test ran less than its record and nothing more: the record can be tightened. */
    public boolean onlyShrank() {
        return !changes.isEmpty() && !grew();
    }
}
