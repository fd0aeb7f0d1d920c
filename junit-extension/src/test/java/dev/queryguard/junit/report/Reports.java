package dev.queryguard.junit.report;

import dev.queryguard.junit.report.internal.ReportPart;
import dev.queryguard.junit.report.internal.StatementGroup;
import dev.queryguard.junit.report.internal.TestDetail;
import dev.queryguard.junit.report.internal.TestReport;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Report values made by hand, for tests of merging and rendering. */
final class Reports {

    private Reports() {
    }

    /** A passed test {@code Class.method()} that ran {@code selects} selects of one shape. */
    static TestReport test(String name, long selects) {
        return test(name, selects, "passed", List.of());
    }

    static TestReport test(String name, long selects, String status, List<String> findings) {
        String className = "com.example." + name.substring(0, name.indexOf('.'));
        List<StatementGroup> groups = selects == 0 ? List.of()
                : List.of(new StatementGroup("select * from orders where id = ?", "SELECT", selects,
                        "OrderRepository.java:12 (OrderRepository.find)"));
        TestDetail detail = new TestDetail(className, name, selects, selects == 0 ? Map.of() : Map.of("SELECT", selects),
                0, 0, 0, 0, 0, 0, 0, groups, 0);
        return new TestReport("[engine:junit-jupiter]/[class:" + className + "]/[method:" + name + "]", name, status,
                detail, findings, null);
    }

    static ReportPart part(String name, String runId, Instant finishedAt, TestReport... tests) {
        return new ReportPart(name, runId, finishedAt, List.of(tests));
    }
}
