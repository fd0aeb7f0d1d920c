package dev.queryguard.junit.report;

import dev.queryguard.junit.report.internal.ReportDirectory;
import dev.queryguard.junit.report.internal.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static dev.queryguard.junit.report.Reports.part;
import static dev.queryguard.junit.report.Reports.test;
import static org.assertj.core.api.Assertions.assertThat;

class ReportRenderingTests {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void saysSoWhenNoTestRanUnderQueryGuard() throws IOException {
        new ReportDirectory(dir).publish(part("fork", "run-1", NOW));

        assertThat(read(ReportDirectory.SUMMARY)).isEqualTo("""
                ## QueryGuard

                No test ran under QueryGuard.
                """);
        assertThat(read(ReportDirectory.HTML)).contains("<p class=\"empty\">No test ran under QueryGuard in this run.</p>")
                .doesNotContain("<table");
    }

    @Test
    void escapesNamesAndFindingsEverywhere() throws IOException {
        TestReport markup = test("MarkupTests.shows(String) [1] <img src=x onerror=alert(1)>", 2, "failed",
                List.of("Expected <b>bold</b> & `ticks` | pipes"));

        new ReportDirectory(dir).publish(part("fork", "run-1", NOW, markup));

        assertThat(read(ReportDirectory.HTML))
                .contains("<td class=\"test\">MarkupTests.shows(String) [1] &lt;img src=x onerror=alert(1)&gt;</td>")
                .contains("<pre class=\"finding\">Expected &lt;b&gt;bold&lt;/b&gt; &amp; `ticks` | pipes</pre>")
                .doesNotContain("<img", "<b>");
        assertThat(read(ReportDirectory.SUMMARY))
                .contains("#### `MarkupTests.shows(String) [1] <img src=x onerror=alert(1)>`\n\n"
                        + "```text\nExpected <b>bold</b> & `ticks` | pipes\n```\n")
                .contains("| `MarkupTests.shows(String) [1] <img src=x onerror=alert(1)>` | 2 |");
    }

    @Test
    void fencesTextHoldingBackticksAndPipesSafely() throws IOException {
        TestReport ticks = test("Ticks.uses`quotes`|pipes()", 1, "failed", List.of("a ``` fence inside"));

        new ReportDirectory(dir).publish(part("fork", "run-1", NOW, ticks));

        assertThat(read(ReportDirectory.SUMMARY))
                .contains("#### ``Ticks.uses`quotes`|pipes()``\n\n````text\na ``` fence inside\n````\n")
                .contains("| ``Ticks.uses`quotes`\\|pipes()`` | 1 |");
    }

    @Test
    void listsTwentyFailuresAndTenHeaviestTestsInTheSummary() throws IOException {
        TestReport[] tests = IntStream.rangeClosed(1, 25)
                .mapToObj(i -> test("T%02dTests.runs()".formatted(i), i, "failed", List.of("finding " + i)))
                .toArray(TestReport[]::new);

        new ReportDirectory(dir).publish(part("fork", "run-1", NOW, tests));

        String summary = read(ReportDirectory.SUMMARY);
        assertThat(summary).contains("#### `T20Tests.runs()`").doesNotContain("#### `T21Tests.runs()`")
                .contains("… and 5 more in `report.html`.");
        assertThat(summary.lines().filter(line -> line.startsWith("| `T"))).hasSize(10)
                .first().asString().startsWith("| `T25Tests.runs()` | 25 |");
    }

    private String read(String name) throws IOException {
        return Files.readString(dir.resolve(name));
    }
}
