package dev.queryguard.junit.report.internal;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestIdentifier;

import java.util.List;
import java.util.Locale;

/** Makes the report's entry for a finished test from what JUnit says about it. */
public final class TestReports {

    /** The last segment of a plain test method's unique id; invocations of templates have others. */
    private static final String METHOD_SEGMENT = "method";

    private TestReports() {
    }

    public static TestReport of(TestIdentifier test, TestDetail detail, TestExecutionResult result,
                                String recordDiff) {
        List<String> findings = result.getThrowable().map(Findings::in).orElse(List.of());
        return new TestReport(test.getUniqueId(), name(test, detail), status(result), detail, findings, recordDiff);
    }

    /** {@code OrdersTests.lists()}, or {@code OrdersTests.lists() [2] n=6} for an invocation of a template. */
    private static String name(TestIdentifier test, TestDetail detail) {
        boolean method = test.getUniqueIdObject().getLastSegment().getType().equals(METHOD_SEGMENT);
        return method ? detail.testName() : detail.testName() + " " + test.getDisplayName();
    }

    private static String status(TestExecutionResult result) {
        return switch (result.getStatus()) {
            case SUCCESSFUL -> "passed";
            case FAILED, ABORTED -> result.getStatus().name().toLowerCase(Locale.ROOT);
        };
    }
}
