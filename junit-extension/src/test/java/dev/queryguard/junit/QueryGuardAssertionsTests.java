package dev.queryguard.junit;

import dev.queryguard.QueryGuard;
import dev.queryguard.analysis.StatementKind;
import dev.queryguard.capture.internal.CacheHits;
import dev.queryguard.recording.CacheKind;
import dev.queryguard.recording.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.opentest4j.AssertionFailedError;

import static dev.queryguard.junit.Outcomes.PASSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

class QueryGuardAssertionsTests {

    private static final String LIST = SourceLines.at(Listing.class, "list", "list");
    private static final String TOUCH = SourceLines.at(Listing.class, "list", "touch");
    private static final String COUNT = SourceLines.at(Listing.class, "list", "count");
    private static final String CACHE = SourceLines.at(Listing.class, "list", "cache");

    @ParameterizedTest
    @EnumSource(Database.class)
    void diffsAMeasuredRecordingAgainstItsControlByShape(Database database) {
        EngineExecutionResults results = Kit.run(DiffTestCase.class, database.parameters());

        assertThat(Outcomes.byMethod(results)).containsOnly(
                entry("exceedsTheControl", """
                        Expected listing 3 items to run at most as many statements as the control (all kinds, cached\
                         loads included),
                        but the control ran 3 and it ran 6; by statement shape, bound values ignored:
                          ~ select name from qg.items where id = ?
                              expected 1, got 3, first at %s
                          + select count(*) from qg.items where id > ?
                              expected 0, got 1, at %s
                          ~ cached ENTITY Project#1, Project#2 (region dev.queryguard.Project)
                              expected 1, got 2, first at %s
                          - update qg.items set name = ? where id = ?
                              expected 1, got 0, at %s in the control""".formatted(LIST, COUNT, CACHE, TOUCH)),
                entry("exceedsTheControlInSelectsWithoutCache", """
                        Expected the recording to run at most as many statements as the control (SELECT, cached loads\
                         not counted),
                        but the control ran 1 and it ran 4; by statement shape, bound values ignored:
                          ~ select name from qg.items where id = ?
                              expected 1, got 3, first at %s
                          + select count(*) from qg.items where id > ?
                              expected 0, got 1, at %s""".formatted(LIST, COUNT)),
                entry("withinTheThreshold", PASSED),
                entry("sameShapesWithOtherValues", PASSED),
                entry("notTheSameStatements", """
                        Expected the recording to run the same statements as the control (all kinds, cached loads\
                         included),
                        but the control ran 2 and it ran 2; by statement shape, bound values ignored:
                          + select count(*) from qg.items where id > ?
                              expected 0, got 1, at %s
                          - update qg.items set name = ? where id = ?
                              expected 1, got 0, at %s in the control""".formatted(COUNT, TOUCH)),
                entry("fewer", PASSED),
                entry("notFewer", """
                        Expected the recording to run fewer statements than the control (all kinds, cached loads\
                         included),
                        but the control ran 2 and it ran 2, the same statements by shape."""));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void budgetsARecording(Database database) {
        EngineExecutionResults results = Kit.run(BudgetTestCase.class, database.parameters());

        assertThat(Outcomes.byMethod(results)).containsOnly(
                entry("selectsOverBudget", """
                        Expected the recording to run at most 2 statements (SELECT, cached loads not counted),
                        but it ran 3:
                          3 × select name from qg.items where id = ?
                              first at %s""".formatted(LIST)),
                entry("exactlyWithPatterns", PASSED),
                entry("notExactly", """
                        Expected the recording to run exactly 3 statements (all kinds except /^cached/, cached loads\
                         included),
                        but it ran 4:
                          3 × select name from qg.items where id = ?
                              first at %s
                          1 × update qg.items set name = ? where id = ?
                              at %s""".formatted(LIST, TOUCH)),
                entry("withinThreshold", PASSED));
    }

    @Test
    void givesTheIdeBothListingsToDiff() {
        TestItems items = new TestItems();
        try {
            Recording control = QueryGuard.record(() -> items.selectItem(1));
            Recording measured = QueryGuard.record(() -> {
                items.selectItem(1);
                items.selectItem(2);
            });

            AssertionFailedError failure = catchThrowableOfType(AssertionFailedError.class,
                    () -> QueryGuardAssertions.assertThat(measured).doesNotExceed(control));

            String select = "select name from " + items.items() + " where id = ?";
            assertThat(failure.getExpected().getValue()).isEqualTo("1 × " + select);
            assertThat(failure.getActual().getValue()).isEqualTo("2 × " + select);
        } finally {
            items.dropSchema();
        }
    }

    @Test
    void refusesBadOptions() {
        RecordingAssert recording = QueryGuardAssertions.assertThat(QueryGuard.record(() -> { }));

        assertThatThrownBy(() -> recording.including("(")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pattern '(' is not a valid regular expression: Unclosed group near index 1");
        assertThatThrownBy(() -> recording.excluding(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pattern must not be blank");
        assertThatThrownBy(() -> recording.withThreshold(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threshold must not be negative: -1");
        assertThatThrownBy(() -> recording.hasAtMostQueries(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("limit must not be negative: -1");
        assertThatThrownBy(() -> recording.withThreshold(1).hasExactlyQueries(0))
                .isInstanceOf(IllegalStateException.class).hasMessage("an exact count takes no threshold: 1");
    }

    /** Lists items {@code first..last}, optionally touching one, counting them and loading cached projects. */
    abstract static class Listing extends ItemsFixture {
        Listing(Database database) {
            super(database);
        }

        void list(int first, int last, boolean touch, boolean count, int cachedProjects) {
            for (int id = first; id <= last; id++) {
                selectItem(id); // L:list
            }
            if (touch) {
                run("update $items set name = ? where id = ?", "uno", 1); // L:touch
            }
            if (count) {
                run("select count(*) from $items where id > ?", 0); // L:count
            }
            for (int project = 1; project <= cachedProjects; project++) {
                CacheHits.record(CacheKind.ENTITY, "dev.queryguard.Project", "Project#" + project); // L:cache
            }
        }
    }

    @QueryGuardTest
    static class DiffTestCase extends Listing {
        DiffTestCase(Database database) {
            super(database);
        }

        @Test
        void exceedsTheControl(QueryRecorder recorder) {
            Recording control = recorder.record(() -> list(1, 1, true, false, 1));
            Recording measured = recorder.record(() -> list(1, 3, false, true, 2));
            QueryGuardAssertions.assertThat(measured).as("listing 3 items").doesNotExceed(control);
        }

        @Test
        void exceedsTheControlInSelectsWithoutCache(QueryRecorder recorder) {
            Recording control = recorder.record(() -> list(1, 1, true, false, 1));
            Recording measured = recorder.record(() -> list(1, 3, false, true, 2));
            QueryGuardAssertions.assertThat(measured).counting(StatementKind.SELECT).excludingCached()
                    .doesNotExceed(control);
        }

        @Test
        void withinTheThreshold(QueryRecorder recorder) {
            Recording control = recorder.record(() -> list(1, 1, false, false, 0));
            Recording measured = recorder.record(() -> list(1, 3, false, false, 0));
            QueryGuardAssertions.assertThat(measured).withThreshold(2).doesNotExceed(control);
        }

        @Test
        void sameShapesWithOtherValues(QueryRecorder recorder) {
            Recording control = recorder.record(() -> list(1, 1, true, true, 1));
            Recording measured = recorder.record(() -> list(2, 2, true, true, 0));
            QueryGuardAssertions.assertThat(measured).counting(StatementKind.SELECT, StatementKind.UPDATE)
                    .excludingCached().hasSameQueriesAs(control).doesNotExceed(control);
        }

        @Test
        void notTheSameStatements(QueryRecorder recorder) {
            Recording control = recorder.record(() -> list(1, 1, true, false, 0));
            Recording measured = recorder.record(() -> list(1, 1, false, true, 0));
            QueryGuardAssertions.assertThat(measured).hasSameQueriesAs(control);
        }

        @Test
        void fewer(QueryRecorder recorder) {
            Recording control = recorder.record(() -> list(1, 3, false, false, 0));
            Recording measured = recorder.record(() -> list(1, 1, false, false, 0));
            QueryGuardAssertions.assertThat(measured).hasFewerQueriesThan(control);
        }

        @Test
        void notFewer(QueryRecorder recorder) {
            Recording control = recorder.record(() -> list(1, 2, false, false, 0));
            Recording measured = recorder.record(() -> list(3, 4, false, false, 0));
            QueryGuardAssertions.assertThat(measured).hasFewerQueriesThan(control);
        }
    }

    @QueryGuardTest
    static class BudgetTestCase extends Listing {
        BudgetTestCase(Database database) {
            super(database);
        }

        @Test
        void selectsOverBudget(QueryRecorder recorder) {
            Recording recording = recorder.record(() -> list(1, 3, true, false, 1));
            QueryGuardAssertions.assertThat(recording).counting(StatementKind.SELECT).excludingCached()
                    .hasAtMostQueries(2);
        }

        @Test
        void exactlyWithPatterns(QueryRecorder recorder) {
            Recording recording = recorder.record(() -> list(1, 3, true, true, 1));
            QueryGuardAssertions.assertThat(recording).including("items where id = \\?").excluding("^update")
                    .hasExactlyQueries(3);
        }

        @Test
        void notExactly(QueryRecorder recorder) {
            Recording recording = recorder.record(() -> list(1, 3, true, false, 1));
            QueryGuardAssertions.assertThat(recording).excluding("^cached").hasExactlyQueries(3);
        }

        @Test
        void withinThreshold(QueryRecorder recorder) {
            Recording recording = recorder.record(() -> list(1, 3, true, false, 1));
            QueryGuardAssertions.assertThat(recording).withThreshold(3).hasAtMostQueries(2);
        }
    }
}
