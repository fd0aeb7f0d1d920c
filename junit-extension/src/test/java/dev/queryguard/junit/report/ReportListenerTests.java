package dev.queryguard.junit.report;

import dev.queryguard.junit.MaxQueries;
import dev.queryguard.junit.Outcomes;
import dev.queryguard.junit.QueryGuardTest;
import dev.queryguard.junit.QueryRecorder;
import dev.queryguard.junit.SourceLines;
import dev.queryguard.junit.TestItems;
import dev.queryguard.junit.internal.ReportEntries;
import dev.queryguard.junit.report.internal.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.queryguard.junit.QueryGuardAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

class ReportListenerTests {

    private static final String BUDGET_SELECT = SourceLines.at(OrdersTestCase.class, "overItsBudget", "budget-select");
    private static final String BUDGET_UPDATE = SourceLines.at(OrdersTestCase.class, "overItsBudget", "budget-update");
    private static final String OVER_BUDGET = """
            Expected OrdersTestCase.overItsBudget() to run at most 1 statement (all kinds, cached loads included),
            but it ran 2:
              1 × select name from qg.items where id = ?
                  at %s
              1 × update qg.items set name = ? where id = ?
                  at %s""".formatted(BUDGET_SELECT, BUDGET_UPDATE);

    @TempDir
    static Path dir;
    private static TestExecutionSummary run;

    @BeforeAll
    static void runFixtures() {
        run = ReportRun.into(dir, OrdersTestCase.class, PlainTestCase.class);
    }

    @Test
    void ranTheFixtures() {
        assertThat(run.getTestsStartedCount()).isEqualTo(6);
        assertThat(run.getTestsFailedCount()).isEqualTo(2);
    }

    @Test
    void writesEveryRecordedTestWithItsFiguresStatementsAndFindingsToJson() throws IOException {
        Map<String, Object> report = Json.parseObject(read("report.json"));

        assertThat(report).containsEntry("version", 1L).containsEntry("parts", 1L).containsKeys("runId", "generatedAt");
        assertThat(report.get("totals")).isEqualTo(Map.of("tests", 5L, "statements", 19L, "failedTests", 2L,
                "testsWithFindings", 1L, "testsWithRecordDiffs", 0L));
        List<Map<String, Object>> tests = tests(report);
        assertThat(tests).extracting(test -> test.get("name")).containsExactly(
                "OrdersTestCase.failsOnItsOwn()", "OrdersTestCase.overItsBudget()", "OrdersTestCase.quotesMarkup()",
                "OrdersTestCase.readsThreeItems()", "OrdersTestCase.readsTwelveItems()");

        Map<String, Object> overBudget = tests.get(1);
        assertThat(overBudget).containsEntry("id", "[engine:junit-jupiter]/[class:" + OrdersTestCase.class.getName()
                        + "]/[method:overItsBudget()]")
                .containsEntry("status", "failed")
                .containsEntry("className", OrdersTestCase.class.getName())
                .containsEntry("statements", 2L)
                .containsEntry("kinds", Map.of("SELECT", 1L, "UPDATE", 1L))
                .containsEntry("omittedGroups", 0L)
                .containsEntry("recordDiff", null);
        assertThat(withoutSchema(overBudget.get("groups"))).isEqualTo(List.of(
                Map.of("count", 1L, "kind", "SELECT", "fingerprint", "select name from qg.items where id = ?",
                        "firstAt", BUDGET_SELECT),
                Map.of("count", 1L, "kind", "UPDATE", "fingerprint", "update qg.items set name = ? where id = ?",
                        "firstAt", BUDGET_UPDATE)));
        assertThat(withoutSchema(overBudget.get("findings"))).isEqualTo(List.of(OVER_BUDGET));

        Map<String, Object> twelve = tests.get(4);
        assertThat(twelve).containsEntry("status", "passed").containsEntry("statements", 12L)
                .containsEntry("repeated", 3L).containsEntry("cached", 0L).containsEntry("unparsed", 0L)
                .containsEntry("crossSchema", 0L).containsEntry("externalCalls", 0L).containsEntry("dropped", 0L)
                .containsEntry("findings", List.of());
        assertThat(withoutSchema(twelve.get("groups"))).isEqualTo(List.of(Map.of("count", 12L, "kind", "SELECT",
                "fingerprint", "select name from qg.items where id = ?",
                "firstAt", SourceLines.at(OrdersTestCase.class, "readsTwelveItems", "twelve"))));
    }

    @Test
    void doesNotCountTheTestsOwnFailuresAsFindings() throws IOException {
        Map<String, Object> failsOnItsOwn = tests(Json.parseObject(read("report.json"))).get(0);

        assertThat(failsOnItsOwn).containsEntry("status", "failed").containsEntry("findings", List.of());
    }

    @Test
    void summarizesFailuresAndTheHeaviestTestsInMarkdown() throws IOException {
        assertThat(Outcomes.withoutSchema(read("summary.md"))).isEqualTo("""
                ## QueryGuard

                5 tests ran 19 statements; 1 broke QueryGuard checks, 1 failed or aborted otherwise.

                ### Failures

                #### `OrdersTestCase.overItsBudget()`

                ```text
                %s
                ```

                ### Growth against records

                No test differs from its query record.

                ### Heaviest tests

                | Test | Statements | SELECT | INSERT | UPDATE | DELETE | Other | Cached | Repeated |
                |:--|--:|--:|--:|--:|--:|--:|--:|--:|
                | `OrdersTestCase.readsTwelveItems()` | 12 | 12 | 0 | 0 | 0 | 0 | 0 | 3 |
                | `OrdersTestCase.readsThreeItems()` | 3 | 3 | 0 | 0 | 0 | 0 | 0 | 0 |
                | `OrdersTestCase.overItsBudget()` | 2 | 1 | 0 | 1 | 0 | 0 | 0 | 0 |
                | `OrdersTestCase.failsOnItsOwn()` | 1 | 1 | 0 | 0 | 0 | 0 | 0 | 0 |
                | `OrdersTestCase.quotesMarkup()` | 1 | 1 | 0 | 0 | 0 | 0 | 0 | 0 |
                """.formatted(OVER_BUDGET));
    }

    @Test
    void writesStatementsHoldingMarkupAsTextInTheHtmlReport() throws IOException {
        String html = read("report.html");

        assertThat(html).contains("<code class=\"sql\">select name as &lt;script&gt;document.title=&#39;injected&#39;"
                        + "&lt;/script&gt; from qg_")
                .doesNotContain("<script>document")
                .doesNotContain("src=", "href=", "@import", "url(");
        assertThat(html.split("<script>", -1)).as("the report's own script only").hasSize(2);
    }

    @Test
    void keepsNamesOfInvocationsApartAndFindsVerdictsOfAssertionsInTheTest(@TempDir Path other) throws IOException {
        ReportRun.into(other, InvocationsTestCase.class);

        List<Map<String, Object>> tests = tests(Json.parseObject(Files.readString(other.resolve("report.json"))));

        assertThat(tests).extracting(test -> test.get("name")).containsExactly(
                "InvocationsTestCase.asserts()", "InvocationsTestCase.reads() [1] 1",
                "InvocationsTestCase.reads() [2] 2");
        assertThat(withoutSchema(tests.get(0).get("findings"))).isEqualTo(List.of("""
                Expected the recording to run at most 1 statement (all kinds, cached loads included),
                but it ran 2:
                  2 × select name from qg.items where id = ?
                      first at %s""".formatted(SourceLines.at(InvocationsTestCase.class, "lambda$asserts$0",
                "asserted"))));
    }

    @Test
    void showsTheRecordDiffATestPublished(@TempDir Path other) throws IOException {
        ReportRun.into(other, RecordDiffTestCase.class);

        Map<String, Object> test = tests(Json.parseObject(Files.readString(other.resolve("report.json")))).get(0);
        assertThat(test).containsEntry("recordDiff", RecordDiffTestCase.DIFF);
        assertThat(Files.readString(other.resolve("summary.md"))).contains("""
                ### Growth against records

                #### `RecordDiffTestCase.grows()`

                ```diff
                + select name from items where id = ?  x6
                - select name from items where id in (...)  x1
                ```
                """);
        assertThat(Files.readString(other.resolve("report.html")))
                .contains("<pre>+ select name from items where id = ?  x6\n- select");
    }

    @Test
    void listsTheHundredMostFrequentFingerprintsOfATest(@TempDir Path other) throws IOException {
        ReportRun.into(other, ManyShapesTestCase.class);

        Map<String, Object> test = tests(Json.parseObject(Files.readString(other.resolve("report.json")))).get(0);
        assertThat(test).containsEntry("statements", 103L).containsEntry("omittedGroups", 1L);
        List<?> groups = (List<?>) withoutSchema(test.get("groups"));
        assertThat(groups).hasSize(100);
        assertThat(groups.get(0)).isEqualTo(Map.of("count", 3L, "kind", "SELECT",
                "fingerprint", "select name as shape50 from qg.items", "firstAt",
                SourceLines.at(ManyShapesTestCase.class, "runsManyShapes", "shapes")));
        assertThat(((Map<?, ?>) groups.get(1)).get("fingerprint")).isEqualTo("select name as shape0 from qg.items");
    }

    @Test
    void writesNothingWhenDisabled(@TempDir Path other) throws IOException {
        TestExecutionSummary disabled = ReportRun.into(other, Map.of(QueryGuardReportListener.ENABLED, "false"),
                OrdersTestCase.class);

        assertThat(disabled.getTestsStartedCount()).isEqualTo(5);
        try (var files = Files.list(other)) {
            assertThat(files).isEmpty();
        }
    }

    private static String read(String name) throws IOException {
        return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> tests(Map<String, Object> report) {
        return (List<Map<String, Object>>) report.get("tests");
    }

    /** The JSON value with generated schema names ({@code qg_1a2b3c4d}) read as {@code qg}. */
    private static Object withoutSchema(Object json) {
        return Json.parse(Outcomes.withoutSchema(Json.write(json)));
    }

    /** Tests of an order service: light, heavy, over budget, failing on their own, and SQL holding markup. */
    @QueryGuardTest
    static class OrdersTestCase {

        private final TestItems items = new TestItems();

        @Test
        void readsThreeItems() {
            for (int id = 1; id <= 3; id++) {
                items.selectItem(id); // L:three
            }
        }

        @Test
        void readsTwelveItems() {
            for (int i = 0; i < 12; i++) {
                items.selectItem(i % 3 + 1); // L:twelve
            }
        }

        @Test
        @MaxQueries(1)
        void overItsBudget() {
            items.selectItem(1); // L:budget-select
            items.execute("update " + items.items() + " set name = 'uno' where id = 1"); // L:budget-update
        }

        @Test
        void failsOnItsOwn() {
            items.selectItem(2);
            fail("not about queries");
        }

        @Test
        void quotesMarkup() {
            items.execute("select name as \"<script>document.title='injected'</script>\" from " + items.items());
        }
    }

    /** A test QueryGuard does not record: the report leaves it out. */
    static class PlainTestCase {
        @Test
        void notRecorded() {
        }
    }

    @QueryGuardTest
    static class InvocationsTestCase {

        private final TestItems items = new TestItems();

        @ParameterizedTest(name = "[{index}] {0}") // JUnit 5 and 6 differ in their default names
        @ValueSource(ints = {1, 2})
        void reads(int id) {
            items.selectItem(id);
        }

        @Test
        void asserts(QueryRecorder recorder) {
            assertThat(recorder.record(() -> {
                items.selectItem(1); // L:asserted
                items.selectItem(2); // L:asserted-unused
            })).hasAtMostQueries(1);
        }
    }

    @QueryGuardTest
    static class ManyShapesTestCase {

        private final TestItems items = new TestItems();

        @Test
        void runsManyShapes() {
            for (int shape = 0; shape <= 100; shape++) {
                items.execute("select name as shape" + shape + " from " + items.items()); // L:shapes
            }
            items.execute("select name as shape50 from " + items.items(), "select name as shape50 from " + items.items());
        }
    }

    @QueryGuardTest
    static class RecordDiffTestCase {

        static final String DIFF = """
                + select name from items where id = ?  x6
                - select name from items where id in (...)  x1""";

        @Test
        void grows(TestReporter reporter) {
            reporter.publishEntry(ReportEntries.RECORD_DIFF, DIFF);
        }
    }
}
