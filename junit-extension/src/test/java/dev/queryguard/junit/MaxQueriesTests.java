package dev.queryguard.junit;

import dev.queryguard.analysis.StatementKind;
import dev.queryguard.capture.internal.CacheHits;
import dev.queryguard.config.QueryGuardConfig;
import dev.queryguard.recording.CacheKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import static dev.queryguard.junit.Outcomes.PASSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class MaxQueriesTests {

    private static final String LOOP = SourceLines.at(Mixed.class, "runMixed", "loop");
    private static final String UPDATE = SourceLines.at(Mixed.class, "runMixed", "update");
    private static final String CACHE = SourceLines.at(Mixed.class, "runMixed", "cache");

    @ParameterizedTest
    @EnumSource(Database.class)
    void failsOverBudgetListingTheStatementsByShapeWithCachedLoads(Database database) {
        EngineExecutionResults results = Kit.run(OverBudgetTestCase.class, database.parameters());

        assertThat(Outcomes.failure(results)).isEqualTo("""
                Expected OverBudgetTestCase.body() to run at most 2 statements (all kinds, cached loads included),
                but it ran 5:
                  3 × select name from qg.items where id = ?
                      first at %s
                  1 × update qg.items set name = ? where id = ?
                      at %s
                  1 × cached ENTITY Project#1 (region dev.queryguard.Project)
                      at %s""".formatted(LOOP, UPDATE, CACHE));
        assertThat(Kit.reportEntries(results)).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void passesWithinBudget(Database database) {
        EngineExecutionResults results = Kit.run(WithinBudgetTestCase.class, database.parameters());

        results.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void countsTheKindsAndPatternsAskedForWithTheThreshold(Database database) {
        EngineExecutionResults results = Kit.run(BudgetOptionsTestCase.class, database.parameters());

        assertThat(Outcomes.byMethod(results)).containsOnly(
                entry("selectsOnlyWithoutCache", PASSED),
                entry("selectsOnlyWithoutCacheOverBudget", """
                        Expected BudgetOptionsTestCase.selectsOnlyWithoutCacheOverBudget() to run at most 2 statements\
                         (SELECT, cached loads not counted),
                        but it ran 3:
                          3 × select name from qg.items where id = ?
                              first at %s""".formatted(LOOP)),
                entry("updatesOnly", PASSED),
                entry("excludingSelects", """
                        Expected BudgetOptionsTestCase.excludingSelects() to run at most 1 statement (all kinds except\
                         /^select name from/, cached loads included),
                        but it ran 2:
                          1 × update qg.items set name = ? where id = ?
                              at %s
                          1 × cached ENTITY Project#1 (region dev.queryguard.Project)
                              at %s""".formatted(UPDATE, CACHE)),
                entry("includingItemLookups", PASSED),
                entry("includingItemLookupsOverBudget", """
                        Expected BudgetOptionsTestCase.includingItemLookupsOverBudget() to run at most 2 statements\
                         (all kinds matching /ITEMS WHERE/ or /^cached/, cached loads included),
                        but it ran 4:
                          3 × select name from qg.items where id = ?
                              first at %s
                          1 × cached ENTITY Project#1 (region dev.queryguard.Project)
                              at %s""".formatted(LOOP, CACHE)),
                entry("withinThreshold", PASSED),
                entry("overThreshold", """
                        Expected BudgetOptionsTestCase.overThreshold() to run at most 4 statements (2 + threshold 2;\
                         all kinds, cached loads included),
                        but it ran 5:
                          3 × select name from qg.items where id = ?
                              first at %s
                          1 × update qg.items set name = ? where id = ?
                              at %s
                          1 × cached ENTITY Project#1 (region dev.queryguard.Project)
                              at %s""".formatted(LOOP, UPDATE, CACHE)));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void countsExactly(Database database) {
        EngineExecutionResults results = Kit.run(ExactTestCase.class, database.parameters());

        assertThat(Outcomes.byMethod(results)).containsOnly(
                entry("exactly", PASSED),
                entry("nothing", PASSED),
                entry("fewerThanExpected", """
                        Expected ExactTestCase.fewerThanExpected() to run exactly 6 statements (all kinds, cached\
                         loads included),
                        but it ran 5:
                          3 × select name from qg.items where id = ?
                              first at %s
                          1 × update qg.items set name = ? where id = ?
                              at %s
                          1 × cached ENTITY Project#1 (region dev.queryguard.Project)
                              at %s""".formatted(LOOP, UPDATE, CACHE)),
                entry("noneWhereSomeWereExpected", """
                        Expected ExactTestCase.noneWhereSomeWereExpected() to run exactly 1 statement (SELECT, cached\
                         loads included),
                        but it ran none."""));
    }

    @Test
    void budgetsEachTestOfAnAnnotatedClassUnlessTheMethodHasItsOwn() {
        EngineExecutionResults results = Kit.run(ClassBudgetTestCase.class);

        assertThat(Outcomes.byMethod(results)).containsOnly(
                entry("overTheClassBudget", """
                        Expected ClassBudgetTestCase.overTheClassBudget() to run at most 1 statement (all kinds,\
                         cached loads included),
                        but it ran 2:
                          2 × select name from qg.items where id = ?
                              first at %s""".formatted(SourceLines.at(ClassBudgetTestCase.class, "overTheClassBudget",
                        "class-budget"))),
                entry("withItsOwnBudget", PASSED));
    }

    @Test
    void countsPastTheCapOnKeptEntriesAndSaysWhatIsNotListed() {
        EngineExecutionResults results = SystemSettings.with(QueryGuardConfig.MAX_ENTRIES, "2",
                () -> Kit.run(CappedTestCase.class));

        assertThat(Outcomes.byMethod(results)).containsOnly(
                entry("exactCounts", """
                        Expected CappedTestCase.exactCounts() to run at most 2 statements (all kinds, cached loads\
                         included),
                        but it ran 5:
                          2 × select name from qg.items where id = ?
                              first at %s
                          (the recording kept its first 2 entries (queryguard.maxEntries); 3 more were counted but\
                         are not listed)""".formatted(LOOP)),
                entry("patternsSeeOnlyKeptEntries", """
                        Expected CappedTestCase.patternsSeeOnlyKeptEntries() to run at most 1 statement (all kinds\
                         matching /items/, cached loads included),
                        but it ran 2:
                          2 × select name from qg.items where id = ?
                              first at %s
                          (the recording kept its first 2 entries (queryguard.maxEntries); 3 more could not be\
                         matched against the patterns and were not counted)""".formatted(LOOP)));
    }

    @Test
    void budgetsNestedTestsFromTheEnclosingClassAndRegistersOnce() {
        EngineExecutionResults results = Kit.run(EnclosingTestCase.class);

        assertThat(Outcomes.byMethod(results)).containsOnly(entry("body", """
                Expected Inner.body() to run at most 1 statement (all kinds, cached loads included),
                but it ran 2:
                  2 × select name from qg.items where id = ?
                      first at %s""".formatted(SourceLines.at(EnclosingTestCase.Inner.class, "body", "nested"))));
        assertThat(Kit.reportEntries(results)).hasSize(1);
    }

    @Test
    void reportsEveryBrokenCheckOfATest() {
        EngineExecutionResults results = Kit.run(EveryCheckTestCase.class);

        assertThat(Outcomes.failure(results))
                .startsWith("EveryCheckTestCase.body() broke 3 QueryGuard checks")
                .contains("Expected EveryCheckTestCase.body() to run at most 1 statement")
                .contains("Expected EveryCheckTestCase.body() not to run a statement again")
                .contains("Expected EveryCheckTestCase.body() not to load rows one statement at a time (N+1)");
    }

    @Test
    void refusesMisusedBudgets() {
        EngineExecutionResults results = Kit.run(MisusedTestCase.class);

        assertThat(Outcomes.byMethod(results)).containsOnly(
                entry("negative", "@MaxQueries(-1) on MisusedTestCase.negative(): value must not be negative: -1"),
                entry("negativeExact",
                        "@ExactQueries(-2) on MisusedTestCase.negativeExact(): value must not be negative: -2"),
                entry("negativeThreshold",
                        "@MaxQueries(3) on MisusedTestCase.negativeThreshold(): threshold must not be negative: -1"),
                entry("both", "@MaxQueries(3) and @ExactQueries(2) on MisusedTestCase.both(): use one of them, a"
                        + " budget is either a maximum or an exact count"),
                entry("blankInclude",
                        "@MaxQueries(3) on MisusedTestCase.blankInclude(): include pattern must not be blank"),
                entry("invalidExclude", "@MaxQueries(3) on MisusedTestCase.invalidExclude(): exclude pattern"
                        + " 'from (items' is not a valid regular expression: Unclosed group near index 11"));
    }

    @Test
    void namesTheClassOfAMisusedClassBudget() {
        EngineExecutionResults results = Kit.run(MisusedClassTestCase.class);

        assertThat(Outcomes.failure(results))
                .isEqualTo("@MaxQueries(-3) on MisusedClassTestCase: value must not be negative: -3");
    }

    /** Three lookups of one shape, an update and a cache load: 5 counted by default. */
    abstract static class Mixed extends ItemsFixture {
        Mixed(Database database) {
            super(database);
        }

        void runMixed() {
            for (int id = 1; id <= 3; id++) {
                selectItem(id); // L:loop
            }
            run("update $items set name = ? where id = ?", "uno", 1); // L:update
            CacheHits.record(CacheKind.ENTITY, "dev.queryguard.Project", "Project#1"); // L:cache
        }
    }

    @QueryGuardTest
    static class OverBudgetTestCase extends Mixed {
        OverBudgetTestCase(Database database) {
            super(database);
        }

        @Test
        @MaxQueries(2)
        void body() {
            runMixed();
        }
    }

    static class WithinBudgetTestCase extends Mixed {
        WithinBudgetTestCase(Database database) {
            super(database);
        }

        @Test
        @MaxQueries(5)
        void body() {
            runMixed();
        }
    }

    static class BudgetOptionsTestCase extends Mixed {
        BudgetOptionsTestCase(Database database) {
            super(database);
        }

        @Test
        @MaxQueries(value = 3, kinds = StatementKind.SELECT, cached = false)
        void selectsOnlyWithoutCache() {
            runMixed();
        }

        @Test
        @MaxQueries(value = 2, kinds = StatementKind.SELECT, cached = false)
        void selectsOnlyWithoutCacheOverBudget() {
            runMixed();
        }

        @Test
        @MaxQueries(value = 1, kinds = StatementKind.UPDATE)
        void updatesOnly() {
            runMixed();
        }

        @Test
        @MaxQueries(value = 1, exclude = "^select name from")
        void excludingSelects() {
            runMixed();
        }

        @Test
        @MaxQueries(value = 4, include = {"ITEMS WHERE", "^cached"})
        void includingItemLookups() {
            runMixed();
        }

        @Test
        @MaxQueries(value = 2, include = {"ITEMS WHERE", "^cached"})
        void includingItemLookupsOverBudget() {
            runMixed();
        }

        @Test
        @MaxQueries(value = 3, threshold = 2)
        void withinThreshold() {
            runMixed();
        }

        @Test
        @MaxQueries(value = 2, threshold = 2)
        void overThreshold() {
            runMixed();
        }
    }

    static class ExactTestCase extends Mixed {
        ExactTestCase(Database database) {
            super(database);
        }

        @Test
        @ExactQueries(5)
        void exactly() {
            runMixed();
        }

        @Test
        @ExactQueries(0)
        void nothing() {
        }

        @Test
        @ExactQueries(6)
        void fewerThanExpected() {
            runMixed();
        }

        @Test
        @ExactQueries(value = 1, kinds = StatementKind.SELECT)
        void noneWhereSomeWereExpected() {
        }
    }

    @MaxQueries(1)
    static class ClassBudgetTestCase extends ItemsFixture {
        ClassBudgetTestCase(Database database) {
            super(database);
        }

        @Test
        void overTheClassBudget() {
            for (int id = 1; id <= 2; id++) {
                selectItem(id); // L:class-budget
            }
        }

        @Test
        @MaxQueries(2)
        void withItsOwnBudget() {
            selectItem(1);
            selectItem(2);
        }
    }

    static class CappedTestCase extends Mixed {
        CappedTestCase(Database database) {
            super(database);
        }

        @Test
        @MaxQueries(2)
        void exactCounts() {
            runMixed();
        }

        @Test
        @MaxQueries(value = 1, include = "items")
        void patternsSeeOnlyKeptEntries() {
            runMixed();
        }
    }

    @QueryGuardTest
    @MaxQueries(1)
    static class EnclosingTestCase {
        @Nested
        class Inner extends ItemsFixture {
            Inner(Database database) {
                super(database);
            }

            @Test
            void body() {
                for (int id = 1; id <= 2; id++) {
                    selectItem(id); // L:nested
                }
            }
        }
    }

    static class EveryCheckTestCase extends ItemsFixture {
        EveryCheckTestCase(Database database) {
            super(database);
        }

        @Test
        @MaxQueries(1)
        @NoRepeatedQueries
        @DetectNPlusOne
        void body() {
            for (int id : new int[] {1, 1, 2}) {
                selectItem(id);
            }
        }
    }

    static class MisusedTestCase {
        @Test
        @MaxQueries(-1)
        void negative() {
        }

        @Test
        @ExactQueries(-2)
        void negativeExact() {
        }

        @Test
        @MaxQueries(value = 3, threshold = -1)
        void negativeThreshold() {
        }

        @Test
        @MaxQueries(3)
        @ExactQueries(2)
        void both() {
        }

        @Test
        @MaxQueries(value = 3, include = " ")
        void blankInclude() {
        }

        @Test
        @MaxQueries(value = 3, exclude = "from (items")
        void invalidExclude() {
        }
    }

    @MaxQueries(-3)
    static class MisusedClassTestCase {
        @Test
        void body() {
        }
    }
}
