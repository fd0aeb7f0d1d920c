package dev.queryguard.junit.internal;

import dev.queryguard.analysis.StatementKind;
import dev.queryguard.recording.Recording;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The figures of a test's recording as a JUnit report entry, so Surefire's XML carries them. */
public final class ReportEntries {

    private ReportEntries() {
    }

    public static Map<String, String> of(Recording recording) {
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("queryguard.statements", Long.toString(recording.count()));
        for (StatementKind kind : StatementKind.values()) {
            long count = recording.count(kind);
            if (count > 0) {
                entry.put("queryguard." + kind.name().toLowerCase(Locale.ROOT), Long.toString(count));
            }
        }
        entry.put("queryguard.cached", Long.toString(recording.cachedCount()));
        entry.put("queryguard.repeated", Long.toString(recording.repeatedStatements().size()));
        entry.put("queryguard.unparsed", Long.toString(recording.unparsedCount()));
        entry.put("queryguard.crossSchema", Long.toString(
                recording.statements().stream().filter(s -> s.analysis().crossSchema()).count()));
        entry.put("queryguard.transactions", Long.toString(recording.transactionCount()));
        if (recording.truncated()) {
            entry.put("queryguard.dropped", Long.toString(recording.droppedEntries()));
        }
        return entry;
    }
}
