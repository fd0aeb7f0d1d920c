package dev.queryguard.junit.report.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one test JVM (a Surefire fork, an IDE run) contributes to the run report, written to
 * {@code parts/<name>.json} so the last JVM to finish can merge every part. Immutable.
 *
 * @param name       the file name without {@code .json}, unique to the JVM and listener: {@code <pid>-<uuid>}
 * @param runId      the run the JVM belongs to (see {@link RunId}); parts of other runs are stale
 * @param finishedAt when the JVM's test plan finished; a later part wins for a test found in two
 * @param tests      the tests it ran under QueryGuard
 */
public record ReportPart(String name, String runId, Instant finishedAt, List<TestReport> tests) {

    static final int VERSION = 1;

    public ReportPart {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(runId, "runId must not be null");
        Objects.requireNonNull(finishedAt, "finishedAt must not be null");
        tests = List.copyOf(tests);
    }

    String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", (long) VERSION);
        json.put("runId", runId);
        json.put("finishedAt", finishedAt.toString());
        json.put("tests", tests.stream().map(TestReport::toJson).toList());
        return Json.writeIndented(json);
    }

    static ReportPart fromJson(String name, String text) {
        Map<String, Object> json = Json.parseObject(text);
        if (JsonFields.number(json, "version") != VERSION) {
            throw new IllegalArgumentException("version " + json.get("version") + " is not " + VERSION);
        }
        return new ReportPart(name, JsonFields.string(json, "runId"),
                Instant.parse(JsonFields.string(json, "finishedAt")),
                JsonFields.objects(json, "tests").stream().map(TestReport::fromJson).toList());
    }
}
