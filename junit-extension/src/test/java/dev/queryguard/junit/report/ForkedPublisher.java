package dev.queryguard.junit.report;

import dev.queryguard.junit.report.internal.ReportDirectory;
import dev.queryguard.junit.report.internal.ReportPart;
import dev.queryguard.junit.report.internal.TestReport;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Publishes one part from a JVM of its own, as a Surefire fork does at the end of its tests:
 * {@code java ForkedPublisher <dir> <runId> <part name> <test name>...}.
 */
public final class ForkedPublisher {

    private ForkedPublisher() {
    }

    public static void main(String[] args) {
        List<TestReport> tests = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            tests.add(Reports.test(args[i], i));
        }
        new ReportDirectory(Path.of(args[0])).publish(new ReportPart(args[2], args[1], Instant.now(), tests));
    }
}
