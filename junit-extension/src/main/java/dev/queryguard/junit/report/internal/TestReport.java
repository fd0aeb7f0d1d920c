package dev.queryguard.junit.report.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One test in the run report. Immutable.
 *
 * @param id         JUnit's unique id of the test, which stays the same across forks and runs
 * @param name       the test as the report lists it: {@code OrdersTests.listsOrders()}, with the invocation's
 *                   display name for parameterized and scaling tests
 * @param status     {@code passed}, {@code failed} or {@code aborted}
 * @param detail     what the test ran
 * @param findings   the messages of the QueryGuard checks it broke, in the order they were raised
 * @param recordDiff how the test differs from its query record, as the record check prints it, or {@code null}
 *                   when it has no record or matches it
 */
public record TestReport(String id, String name, String status, TestDetail detail, List<String> findings,
                         String recordDiff) {

    public TestReport {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(detail, "detail must not be null");
        findings = List.copyOf(findings);
    }

    public boolean failed() {
        return status.equals("failed");
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("name", name);
        json.put("status", status);
        detail.appendTo(json);
        json.put("findings", findings);
        json.put("recordDiff", recordDiff);
        return json;
    }

    static TestReport fromJson(Map<String, Object> json) {
        return new TestReport(JsonFields.string(json, "id"), JsonFields.string(json, "name"),
                JsonFields.string(json, "status"), TestDetail.fromJson(json), JsonFields.strings(json, "findings"),
                JsonFields.optionalString(json, "recordDiff"));
    }
}
