package dev.queryguard.junit.internal;

import dev.queryguard.analysis.StatementKind;
import dev.queryguard.junit.report.internal.TestDetail;
import dev.queryguard.recording.Recording;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the extension tells JUnit about each test, as report entries: the figures of its recording (flat keys an
 * IDE shows beside the test), and the detail the run report reads ({@link #DETAIL}).
 */
public final class ReportEntries {

    /**
     * A test's figures and statements by fingerprint as one line of compact JSON, for
     * {@link dev.queryguard.junit.report.QueryGuardReportListener}; bounded by the number of fingerprints listed.
     */
    public static final String DETAIL = "queryguard.detail";
    /**
     * How a test differs from its query record, as the record check prints it: publish it under this key and the
     * run report shows it with the test and in the summary's growth section.
     */
    public static final String RECORD_DIFF = "queryguard.recordDiff";

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
        entry.put("queryguard.externalCalls", Long.toString(recording.externalCallCount()));
        if (recording.truncated()) {
            entry.put("queryguard.dropped", Long.toString(recording.droppedEntries()));
        }
        return entry;
    }

    /** The {@link #DETAIL} entry's value for {@code test}, run by {@code testClass}. */
    public static String detail(TestRecording test, Class<?> testClass) {
        return TestDetail.of(testClass.getName(), test.testName(), test.recording()).toJson();
    }
}
