package dev.queryguard.junit.report;

import dev.queryguard.junit.report.internal.ReportDirectory;
import dev.queryguard.junit.report.internal.RunReport;
import dev.queryguard.junit.report.internal.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static dev.queryguard.junit.report.Reports.part;
import static dev.queryguard.junit.report.Reports.test;
import static org.assertj.core.api.Assertions.assertThat;

class ReportDirectoryTests {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void mergesThePartsOfOneRunIntoOneReport() throws IOException {
        ReportDirectory reports = new ReportDirectory(dir);
        reports.publish(part("fork-1", "run-2", T0, test("OrdersTests.lists()", 3)));
        reports.publish(part("fork-2", "run-2", T0.plusSeconds(1), test("CartTests.adds()", 12),
                test("BillingTests.bills()", 1)));

        RunReport report = RunReport.fromJson(Files.readString(dir.resolve(ReportDirectory.JSON)));
        assertThat(report.parts()).isEqualTo(2);
        assertThat(report.tests()).extracting(TestReport::name)
                .containsExactly("BillingTests.bills()", "CartTests.adds()", "OrdersTests.lists()");
        assertThat(Files.readString(dir.resolve(ReportDirectory.SUMMARY))).contains("3 tests ran 16 statements");
        assertThat(Files.readString(dir.resolve(ReportDirectory.HTML))).contains("merged from 2 test JVMs");
    }

    @Test
    void dropsThePartsAnEarlierRunLeft() throws IOException {
        ReportDirectory reports = new ReportDirectory(dir);
        reports.publish(part("old-fork", "run-1", T0, test("DeletedTests.gone()", 5)));

        RunReport report = reports.publish(part("new-fork", "run-2", T0.plusSeconds(60), test("OrdersTests.lists()", 3)));

        assertThat(report.tests()).extracting(TestReport::name).containsExactly("OrdersTests.lists()");
        assertThat(Files.readString(dir.resolve(ReportDirectory.JSON))).doesNotContain("DeletedTests");
        try (var parts = Files.list(dir.resolve(ReportDirectory.PARTS))) {
            assertThat(parts).extracting(part -> part.getFileName().toString()).containsExactly("new-fork.json");
        }
    }

    @Test
    void takesATestFoundInTwoPartsFromThePartThatFinishedLast() {
        ReportDirectory reports = new ReportDirectory(dir);
        reports.publish(part("rerun", "run-1", T0.plusSeconds(5), test("OrdersTests.lists()", 3)));

        RunReport report = reports.publish(part("first", "run-1", T0,
                test("OrdersTests.lists()", 4, "failed", List.of("Expected ..."))));

        assertThat(report.tests()).singleElement()
                .satisfies(test -> assertThat(test.status()).isEqualTo("passed"))
                .satisfies(test -> assertThat(test.detail().statements()).isEqualTo(3));
    }

    @Test
    void dropsPartsItCannotRead() throws IOException {
        Files.createDirectories(dir.resolve(ReportDirectory.PARTS));
        Files.writeString(dir.resolve(ReportDirectory.PARTS).resolve("older-version.json"), "{\"version\": 0}");

        RunReport report = new ReportDirectory(dir).publish(part("fork", "run-1", T0, test("OrdersTests.lists()", 3)));

        assertThat(report.parts()).isEqualTo(1);
        assertThat(dir.resolve(ReportDirectory.PARTS).resolve("older-version.json")).doesNotExist();
    }

    @Test
    void leavesTheCompleteReportWhenForksAndThreadsFinishTogether() throws Exception {
        List<Process> forks = new ArrayList<>();
        for (int fork = 1; fork <= 2; fork++) {
            forks.add(new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"),
                    ForkedPublisher.class.getName(), dir.toString(), "run-1", "fork-" + fork,
                    "Fork" + fork + "Tests.first()", "Fork" + fork + "Tests.second()")
                    .redirectErrorStream(true).start());
        }
        List<CompletableFuture<RunReport>> threads = IntStream.rangeClosed(1, 4)
                .mapToObj(thread -> CompletableFuture.supplyAsync(() -> new ReportDirectory(dir).publish(
                        part("thread-" + thread, "run-1", Instant.now(), test("Thread" + thread + "Tests.runs()", 1)))))
                .toList();
        for (Process fork : forks) {
            assertThat(fork.waitFor(60, TimeUnit.SECONDS)).as("fork finished").isTrue();
            assertThat(fork.exitValue()).as(new String(fork.getInputStream().readAllBytes())).isZero();
        }
        CompletableFuture.allOf(threads.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

        RunReport report = RunReport.fromJson(Files.readString(dir.resolve(ReportDirectory.JSON)));
        assertThat(report.parts()).isEqualTo(6);
        assertThat(report.tests()).extracting(TestReport::name).containsExactly(
                "Fork1Tests.first()", "Fork1Tests.second()", "Fork2Tests.first()", "Fork2Tests.second()",
                "Thread1Tests.runs()", "Thread2Tests.runs()", "Thread3Tests.runs()", "Thread4Tests.runs()");
        try (var leftovers = Files.list(dir)) {
            assertThat(leftovers).noneMatch(file -> file.toString().endsWith(".tmp"));
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString()
                + (File.separatorChar == '\\' ? ".exe" : "");
    }
}
