package dev.queryguard.junit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import static dev.queryguard.junit.Outcomes.PASSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * Query records through the extension: each mode, the diff of a broken record, parallel tests writing one file.
 * Every fixture run writes its records to a temporary folder ({@value QueryRecords#DIR}), never to the sources.
 */
class QueryRecordsTests {

    private static final String SELECT = SourceLines.at(GrowingTestCase.class, "listsItems", "select");
    private static final String INSERT = SourceLines.at(GrowingTestCase.class, "listsItems", "insert");
    private static final String HEADER = """
            # QueryGuard query records of dev.queryguard.junit.QueryRecordsTests.%s: what each test ran.
            # A test fails when it runs more; to accept a change, run it with -Dqueryguard.records.mode=overwrite.
            """;

    /** Shared by the fixture runs of one test, so that its statements, schema name included, repeat. */
    static volatile TestItems items;
    static volatile int selects;
    static volatile boolean inserts;

    @TempDir
    Path folder;

    @AfterEach
    void dropSchema() {
        if (items != null) {
            items.dropSchema();
            items = null;
        }
        selects = 0;
        inserts = false;
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void createsMissingRecordsThenHoldsTestsToThem(Database database) {
        items = database.open();
        selects = 2;

        EngineExecutionResults created = run(GrowingTestCase.class, "once");

        assertThat(Outcomes.byMethod(created)).containsOnly(entry("listsItems", PASSED), entry("runsNothing", PASSED));
        assertThat(outcomes(created)).containsOnly(entry("listsItems()", "created"), entry("runsNothing()", "created"));
        assertThat(record(GrowingTestCase.class)).isEqualTo(HEADER.formatted("GrowingTestCase") + """

                [listsItems()]
                SELECT  x2  select name from qg.items where id = ?

                [runsNothing()]
                """);

        EngineExecutionResults verified = run(GrowingTestCase.class, "once");

        assertThat(Outcomes.byMethod(verified)).containsOnly(entry("listsItems", PASSED), entry("runsNothing", PASSED));
        assertThat(outcomes(verified))
                .containsOnly(entry("listsItems()", "verified"), entry("runsNothing()", "verified"));
        assertThat(entries(verified).get("listsItems()")).containsEntry("queryguard.records.file",
                file(GrowingTestCase.class) + " [listsItems()]");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void failsWithADiffOfTheRecordWhenATestRunsMore(Database database) {
        items = database.open();
        selects = 1;
        run(GrowingTestCase.class, "once");
        String recorded = record(GrowingTestCase.class);
        selects = 3;
        inserts = true;

        EngineExecutionResults results = run(GrowingTestCase.class, "once");

        assertThat(Outcomes.failure(results)).isEqualTo("""
                Expected GrowingTestCase.listsItems() to run no more statements than its query record
                  %s [listsItems()]
                but it ran 4 statements where the record has 1; by fingerprint:
                  + INSERT  insert into qg.items values (?, ?)
                      expected 0, got 1, at %s
                  ~ SELECT  select name from qg.items where id = ?
                      expected 1, got 3, first at %s
                If the change is intended, rewrite the record with -Dqueryguard.records.mode=overwrite and commit it."""
                .formatted(file(GrowingTestCase.class), INSERT, SELECT));
        assertThat(outcomes(results))
                .containsOnly(entry("listsItems()", "mismatch"), entry("runsNothing()", "verified"));
        assertThat(record(GrowingTestCase.class)).isEqualTo(recorded);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void passesFewerStatementsSayingTheRecordCanBeTightened(Database database) {
        items = database.open();
        selects = 3;
        run(GrowingTestCase.class, "once");
        String recorded = record(GrowingTestCase.class);
        selects = 1;

        EngineExecutionResults results = run(GrowingTestCase.class, "once");

        assertThat(Outcomes.byMethod(results)).containsOnly(entry("listsItems", PASSED), entry("runsNothing", PASSED));
        assertThat(entries(results).get("listsItems()")).containsEntry("queryguard.records", "tighten")
                .containsEntry("queryguard.records.note",
                        "ran 1 statement where the record has 3: tighten the record with -Dqueryguard.records.mode"
                                + "=overwrite");
        assertThat(record(GrowingTestCase.class)).isEqualTo(recorded);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void failsOnAnyChangeWhenStrict(Database database) {
        items = database.open();
        selects = 3;
        run(GrowingTestCase.class, "once");
        selects = 1;

        EngineExecutionResults results = run(GrowingTestCase.class, "once", QueryRecords.STRICT, "true");

        assertThat(Outcomes.failure(results)).isEqualTo("""
                Expected GrowingTestCase.listsItems() to run exactly the statements of its query record
                  %s [listsItems()]
                but it ran 1 statement where the record has 3; by fingerprint:
                  ~ SELECT  select name from qg.items where id = ?
                      expected 3, got 1, at %s
                If the change is intended, rewrite the record with -Dqueryguard.records.mode=overwrite and commit it."""
                .formatted(file(GrowingTestCase.class), SELECT));
        assertThat(outcomes(results))
                .containsOnly(entry("listsItems()", "mismatch"), entry("runsNothing()", "verified"));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void modeNoneFailsAMissingRecordAndHoldsTestsToExistingOnes(Database database) {
        items = database.open();
        selects = 1;

        EngineExecutionResults missing = run(GrowingTestCase.class, "none");

        assertThat(Outcomes.byMethod(missing)).containsOnly(
                entry("listsItems", missing(GrowingTestCase.class, "listsItems()")),
                entry("runsNothing", missing(GrowingTestCase.class, "runsNothing()")));
        assertThat(outcomes(missing)).containsOnly(entry("listsItems()", "missing"), entry("runsNothing()", "missing"));
        assertThat(files()).isEmpty();

        run(GrowingTestCase.class, "once");
        selects = 2;
        EngineExecutionResults held = run(GrowingTestCase.class, "none");

        assertThat(outcomes(held)).containsOnly(entry("listsItems()", "mismatch"), entry("runsNothing()", "verified"));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void modeAllCreatesAMissingRecordAndFailsTheTest(Database database) {
        items = database.open();
        selects = 1;

        EngineExecutionResults created = run(GrowingTestCase.class, "all");

        assertThat(Outcomes.byMethod(created)).containsEntry("listsItems", """
                Expected a query record for GrowingTestCase.listsItems() in
                  %s [listsItems()]
                but there was none: queryguard.records.mode=all created it and fails the test.
                Review the new record and commit it; the next run holds the test to it."""
                .formatted(file(GrowingTestCase.class)));
        assertThat(outcomes(created)).containsOnly(entry("listsItems()", "created"), entry("runsNothing()", "created"));
        assertThat(record(GrowingTestCase.class)).contains("""
                [listsItems()]
                SELECT  x1  select name from qg.items where id = ?
                """);

        EngineExecutionResults verified = run(GrowingTestCase.class, "all");

        assertThat(Outcomes.byMethod(verified)).containsOnly(entry("listsItems", PASSED), entry("runsNothing", PASSED));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void modeOverwriteRewritesEveryRecord(Database database) {
        items = database.open();
        selects = 1;
        run(GrowingTestCase.class, "once");
        selects = 3;
        inserts = true;

        EngineExecutionResults results = run(GrowingTestCase.class, "overwrite");

        assertThat(Outcomes.byMethod(results)).containsOnly(entry("listsItems", PASSED), entry("runsNothing", PASSED));
        assertThat(outcomes(results))
                .containsOnly(entry("listsItems()", "overwritten"), entry("runsNothing()", "overwritten"));
        assertThat(record(GrowingTestCase.class)).isEqualTo(HEADER.formatted("GrowingTestCase") + """

                [listsItems()]
                INSERT  x1  insert into qg.items values (?, ?)
                SELECT  x3  select name from qg.items where id = ?

                [runsNothing()]
                """);
    }

    @Test
    void keepsNoRecordsUnlessAsked() {
        items = Database.H2.open();

        for (String mode : List.of("none", "once")) {
            EngineExecutionResults results = run(UnrecordedTestCase.class, mode);

            assertThat(Outcomes.byMethod(results)).containsOnly(entry("listsItems", PASSED), entry("leftOut", PASSED));
            assertThat(entries(results)).isEmpty();
        }
        assertThat(files()).isEmpty();
    }

    @Test
    void keepsRecordsOfEveryTestWhenEnabledExceptThoseLeftOut() {
        items = Database.H2.open();

        EngineExecutionResults results = run(UnrecordedTestCase.class, "once", QueryRecords.ENABLED, "true");

        assertThat(outcomes(results)).containsOnly(entry("listsItems()", "created"));
        assertThat(record(UnrecordedTestCase.class)).isEqualTo(HEADER.formatted("UnrecordedTestCase") + """

                [listsItems()]
                SELECT  x1  select name from qg.items where id = ?
                """);
    }

    @Test
    void namesTheSectionsOfParameterizedTestsByInvocation() {
        items = Database.H2.open();

        run(ParameterizedTestCase.class, "once");

        assertThat(record(ParameterizedTestCase.class)).endsWith("""
                [listsItems(int) #1]
                SELECT  x1  select name from qg.items where id = ?

                [listsItems(int) #2]
                SELECT  x2  select name from qg.items where id = ?
                """);
    }

    @Test
    void failsNamingTheFileAndLineOfABrokenRecord() throws IOException {
        items = Database.H2.open();
        Path file = folder.resolve("dev.queryguard.junit.QueryRecordsTests.GrowingTestCase.queryguard.txt");
        String broken = """
                [listsItems()]
                SELECT  x1  select name from qg.items where id = ?
                SELECT  two  select 1
                """;
        Files.writeString(file, broken);

        EngineExecutionResults results = run(GrowingTestCase.class, "once");

        assertThat(Outcomes.byMethod(results)).containsEntry("listsItems", "QueryGuard cannot read a query record: "
                + file + " line 3: the count after SELECT must read x<number> with a positive number, was 'two'");
        assertThat(Files.readString(file)).isEqualTo(broken);
    }

    @Test
    void failsOnABadMode() {
        items = Database.H2.open();

        EngineExecutionResults results = run(GrowingTestCase.class, "sometimes");

        assertThat(Outcomes.byMethod(results)).containsEntry("listsItems", "QueryGuard cannot use its configuration: "
                + "system properties: queryguard.records.mode must be one of 'once', 'none', 'all', 'overwrite', "
                + "was 'sometimes'");
    }

    @Test
    void mergesTheRecordsOfTestsFinishingInParallel() {
        items = Database.H2.open();

        EngineExecutionResults results = SystemSettings.with(
                Map.of(QueryRecords.DIR, folder.toString(), QueryRecords.MODE, "once"),
                () -> Kit.run(ParallelTestCase.class, Map.of(
                        "junit.jupiter.execution.parallel.enabled", "true",
                        "junit.jupiter.execution.parallel.mode.default", "concurrent",
                        "junit.jupiter.execution.parallel.config.strategy", "fixed",
                        "junit.jupiter.execution.parallel.config.fixed.parallelism", "8")));

        assertThat(results.testEvents().succeeded().count()).isEqualTo(8);
        StringBuilder expected = new StringBuilder(HEADER.formatted("ParallelTestCase"));
        for (int method = 1; method <= 8; method++) {
            expected.append("\n[m").append(method).append("()]\nSELECT  x").append(method)
                    .append("  select name from qg.items where id = ?\n");
        }
        assertThat(record(ParallelTestCase.class)).isEqualTo(expected.toString());
        assertThat(files()).containsExactly(".gitignore", ".queryguard.lock",
                "dev.queryguard.junit.QueryRecordsTests.ParallelTestCase.queryguard.txt");
    }

    private String missing(Class<?> fixture, String section) {
        return """
                Expected a query record for %s.%s in
                  %s [%s]
                but there is none, and queryguard.records.mode=none does not create records.
                Run the test with -Dqueryguard.records.mode=once to create it, then commit the file."""
                .formatted(fixture.getSimpleName(), section, file(fixture), section);
    }

    private EngineExecutionResults run(Class<?> fixture, String mode, String... moreSettings) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(QueryRecords.DIR, folder.toString());
        settings.put(QueryRecords.MODE, mode);
        for (int i = 0; i < moreSettings.length; i += 2) {
            settings.put(moreSettings[i], moreSettings[i + 1]);
        }
        return SystemSettings.with(settings, () -> Kit.run(fixture));
    }

    /** The record file of {@code fixture}, as messages name it. */
    private Path file(Class<?> fixture) {
        return folder.resolve(fixture.getCanonicalName() + ".queryguard.txt");
    }

    /** The record file's text, schema names reading {@code qg}. */
    private String record(Class<?> fixture) {
        try {
            return Outcomes.withoutSchema(Files.readString(file(fixture), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> files() {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code queryguard.records} entries of a run, by section. */
    private static Map<String, Map<String, String>> entries(EngineExecutionResults results) {
        Map<String, Map<String, String>> entries = new TreeMap<>();
        results.allEvents().reportingEntryPublished().stream()
                .map(event -> event.getPayload(ReportEntry.class))
                .flatMap(Optional::stream)
                .map(ReportEntry::getKeyValuePairs)
                .filter(pairs -> pairs.containsKey("queryguard.records"))
                .forEach(pairs -> {
                    String location = pairs.get("queryguard.records.file");
                    entries.put(location.substring(location.lastIndexOf(" [") + 2, location.length() - 1), pairs);
                });
        return entries;
    }

    /** The outcome of each section's record in a run. */
    private static Map<String, String> outcomes(EngineExecutionResults results) {
        Map<String, String> outcomes = new TreeMap<>();
        entries(results).forEach((section, pairs) -> outcomes.put(section, pairs.get("queryguard.records")));
        return outcomes;
    }

    @QueryRecords
    static class GrowingTestCase {
        @Test
        void listsItems() {
            for (int i = 0; i < selects; i++) {
                items.selectItem(i + 1); // L:select
            }
            if (inserts) {
                items.execute("insert into " + items.items() + " values (4, 'four')"); // L:insert
            }
        }

        @Test
        void runsNothing() {
        }
    }

    @QueryGuardTest
    static class UnrecordedTestCase {
        @Test
        void listsItems() {
            items.selectItem(1);
        }

        @Test
        @QueryRecords(false)
        void leftOut() {
            items.selectItem(2);
        }
    }

    @QueryRecords
    static class ParameterizedTestCase {
        @ParameterizedTest
        @ValueSource(ints = {1, 2})
        void listsItems(int times) {
            for (int i = 0; i < times; i++) {
                items.selectItem(1);
            }
        }
    }

    @QueryRecords
    static class ParallelTestCase {
        @Test
        void m1() {
            select(1);
        }

        @Test
        void m2() {
            select(2);
        }

        @Test
        void m3() {
            select(3);
        }

        @Test
        void m4() {
            select(4);
        }

        @Test
        void m5() {
            select(5);
        }

        @Test
        void m6() {
            select(6);
        }

        @Test
        void m7() {
            select(7);
        }

        @Test
        void m8() {
            select(8);
        }

        private static void select(int times) {
            for (int i = 0; i < times; i++) {
                items.selectItem(i);
            }
        }
    }
}
