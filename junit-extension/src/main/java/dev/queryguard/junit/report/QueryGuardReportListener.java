package dev.queryguard.junit.report;

import dev.queryguard.config.QueryGuardConfig;
import dev.queryguard.junit.internal.ReportEntries;
import dev.queryguard.junit.report.internal.ReportDirectory;
import dev.queryguard.junit.report.internal.ReportPart;
import dev.queryguard.junit.report.internal.ReportSettings;
import dev.queryguard.junit.report.internal.RunId;
import dev.queryguard.junit.report.internal.TestDetail;
import dev.queryguard.junit.report.internal.TestReport;
import dev.queryguard.junit.report.internal.TestReports;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes QueryGuard's run report when a test run ends: {@code report.json} (every test with its figures,
 * statements by fingerprint and findings), {@code report.html} (the same as a sortable, expandable table) and
 * {@code summary.md} (failures, record diffs and the heaviest tests, for a CI job summary), in
 * {@code target/queryguard} by default.
 *
 * <p>The launcher registers it through {@code META-INF/services}: nothing to configure. It reads what
 * {@link dev.queryguard.junit.QueryGuardExtension} publishes about each test as report entries. Each test JVM
 * (each Surefire fork) writes its part under {@code parts/} and rebuilds the report from every part of the run,
 * so the last JVM to finish leaves the complete report; parts an earlier run left behind are dropped.
 *
 * <pre>{@code
 * # queryguard.properties (or junit-platform.properties, or -D)
 * queryguard.report.dir=build/queryguard
 * queryguard.report.enabled=true
 * }</pre>
 *
 * <p>Thread-safe: tests may finish on any thread when JUnit runs them in parallel.
 */
public final class QueryGuardReportListener implements TestExecutionListener {

    /** Where the report is written, relative to the working directory; default {@value #DEFAULT_DIR}. */
    public static final String DIR = "queryguard.report.dir";
    /** Whether the report is written: {@code true} (default) or {@code false}. */
    public static final String ENABLED = "queryguard.report.enabled";
    /** The report directory when {@link #DIR} is not set: Maven's build directory, as Surefire runs tests. */
    public static final String DEFAULT_DIR = "target/queryguard";

    private final String partName = ProcessHandle.current().pid() + "-" + UUID.randomUUID();
    private final Map<String, TestDetail> running = new ConcurrentHashMap<>();
    private final Map<String, String> recordDiffs = new ConcurrentHashMap<>();
    /** By unique id: a test Surefire re-runs in this JVM keeps its last result. */
    private final Map<String, TestReport> finished = new ConcurrentHashMap<>();
    private volatile ReportSettings settings;

    /** Used by the launcher's service loader. */
    public QueryGuardReportListener() {
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        // A bad setting throws here, leaving no settings: the launcher logs the exception as a warning and the
        // tests run without a report.
        settings = null;
        settings = ReportSettings.read(QueryGuardConfig.load(),
                key -> testPlan.getConfigurationParameters().get(key).orElse(null), Path.of(""));
    }

    @Override
    public void reportingEntryPublished(TestIdentifier testIdentifier, ReportEntry entry) {
        if (!enabled()) {
            return;
        }
        Map<String, String> pairs = entry.getKeyValuePairs();
        String detail = pairs.get(ReportEntries.DETAIL);
        if (detail != null) {
            running.put(testIdentifier.getUniqueId(), TestDetail.fromJson(detail));
        }
        String recordDiff = pairs.get(ReportEntries.RECORD_DIFF);
        if (recordDiff != null) {
            recordDiffs.put(testIdentifier.getUniqueId(), recordDiff);
        }
    }

    @Override
    public void executionFinished(TestIdentifier testIdentifier, TestExecutionResult result) {
        String id = testIdentifier.getUniqueId();
        TestDetail detail = running.remove(id);
        String recordDiff = recordDiffs.remove(id);
        if (detail != null) {
            finished.put(id, TestReports.of(testIdentifier, detail, result, recordDiff));
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        ReportSettings current = settings;
        if (current != null && current.enabled()) {
            new ReportDirectory(current.dir())
                    .publish(new ReportPart(partName, RunId.current(), Instant.now(), List.copyOf(finished.values())));
        }
    }

    private boolean enabled() {
        ReportSettings current = settings;
        return current != null && current.enabled();
    }
}
