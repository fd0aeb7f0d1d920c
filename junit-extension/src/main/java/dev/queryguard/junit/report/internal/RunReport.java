package dev.queryguard.junit.report.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The report of a whole run: the tests of every part, each once. Immutable.
 *
 * @param runId       the run the parts belong to
 * @param generatedAt when the report was built
 * @param parts       how many parts (test JVMs) it merges
 * @param tests       the tests by name
 */
public record RunReport(String runId, Instant generatedAt, int parts, List<TestReport> tests) {

    public RunReport {
        Objects.requireNonNull(runId, "runId must not be null");
        Objects.requireNonNull(generatedAt, "generatedAt must not be null");
        tests = List.copyOf(tests);
    }

    /**
     * Merges parts of one run; a test found in two parts (Surefire re-running a failed test) is taken from the
     * part that finished last.
     */
    public static RunReport merge(String runId, Instant generatedAt, List<ReportPart> parts) {
        Map<String, TestReport> byId = new LinkedHashMap<>();
        parts.stream().sorted(Comparator.comparing(ReportPart::finishedAt))
                .forEach(part -> part.tests().forEach(test -> byId.put(test.id(), test)));
        List<TestReport> tests = byId.values().stream()
                .sorted(Comparator.comparing(TestReport::name).thenComparing(TestReport::id)).toList();
        return new RunReport(runId, generatedAt, parts.size(), tests);
    }

    public long statements() {
        return tests.stream().mapToLong(test -> test.detail().statements()).sum();
    }

    /** The tests with at least one QueryGuard finding. */
    public List<TestReport> withFindings() {
        return tests.stream().filter(test -> !test.findings().isEmpty()).toList();
    }

    /** The tests that differ from their query records. */
    public List<TestReport> withRecordDiffs() {
        return tests.stream().filter(test -> test.recordDiff() != null).toList();
    }

    /** The {@code limit} tests that ran the most statements, most first, ties by name. */
    public List<TestReport> heaviest(int limit) {
        return tests.stream()
                .sorted(Comparator.comparingLong((TestReport test) -> test.detail().statements()).reversed()
                        .thenComparing(TestReport::name))
                .limit(limit).toList();
    }

    /** {@code report.json}: the totals, then every test with its figures, statement groups and findings. */
    public String toJson() {
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("tests", (long) tests.size());
        totals.put("statements", statements());
        totals.put("failedTests", tests.stream().filter(TestReport::failed).count());
        totals.put("testsWithFindings", (long) withFindings().size());
        totals.put("testsWithRecordDiffs", (long) withRecordDiffs().size());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", (long) ReportPart.VERSION);
        json.put("runId", runId);
        json.put("generatedAt", generatedAt.toString());
        json.put("parts", (long) parts);
        json.put("totals", totals);
        json.put("tests", tests.stream().map(TestReport::toJson).toList());
        return Json.writeIndented(json);
    }

    /** Reads {@code report.json} back, for tools and tests. */
    public static RunReport fromJson(String text) {
        Map<String, Object> json = Json.parseObject(text);
        return new RunReport(JsonFields.string(json, "runId"), Instant.parse(JsonFields.string(json, "generatedAt")),
                (int) JsonFields.number(json, "parts"),
                JsonFields.objects(json, "tests").stream().map(TestReport::fromJson).toList());
    }
}
