package dev.queryguard.junit;

import dev.queryguard.recording.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import static dev.queryguard.junit.Outcomes.PASSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class NoRepeatedQueriesTests {

    private static final String BY_ID = SourceLines.at(RepeatsTestCase.class, "body", "by-id");
    private static final String BY_NAME = SourceLines.at(RepeatsTestCase.class, "body", "by-name");
    private static final String LITERAL = SourceLines.at(RepeatsTestCase.class, "body", "literal");

    @ParameterizedTest
    @EnumSource(Database.class)
    void failsOnStatementsRunAgainWithTheSameValues(Database database) {
        EngineExecutionResults results = Kit.run(RepeatsTestCase.class, database.parameters());

        assertThat(Outcomes.failure(results)).isEqualTo("""
                Expected RepeatsTestCase.body() not to run a statement again with the same bound values,
                but 3 statements ran more than once:
                  3 × select name from qg.items where id = ?
                      with [1], first at %s
                  2 × select name from qg.items where name = ? and id > ?
                      with ['two', 0], first at %s
                  2 × select name from qg.items where id = 3
                      without bound values, first at %s
                Reuse the first result instead of asking the database again.""".formatted(BY_ID, BY_NAME, LITERAL));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void passesOtherValuesAndRepeatedSchemaChanges(Database database) {
        EngineExecutionResults results = Kit.run(NoRepeatsTestCase.class, database.parameters());

        assertThat(Outcomes.byMethod(results)).containsOnly(
                entry("otherValues", PASSED),
                entry("schemaChangesTwice", PASSED),
                entry("notAnnotated", PASSED));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void assertsOnARecording(Database database) {
        EngineExecutionResults results = Kit.run(FluentTestCase.class, database.parameters());

        assertThat(Outcomes.failure(results)).isEqualTo("""
                Expected the recording not to run a statement again with the same bound values,
                but 1 statement ran more than once:
                  2 × select name from qg.items where id = ?
                      with [2], first at %s
                Reuse the first result instead of asking the database again."""
                .formatted(SourceLines.at(FluentTestCase.class, "lambda$body$0", "fluent")));
    }

    static class RepeatsTestCase extends ItemsFixture {
        RepeatsTestCase(Database database) {
            super(database);
        }

        @Test
        @NoRepeatedQueries
        void body() {
            for (int i = 0; i < 2; i++) {
                run("select name from $items where name = ? and id > ?", "two", 0); // L:by-name
            }
            for (int i = 0; i < 3; i++) {
                selectItem(1); // L:by-id
            }
            selectItem(2);
            for (int i = 0; i < 2; i++) {
                execute("select name from $items where id = 3"); // L:literal
            }
        }
    }

    @NoRepeatedQueries
    static class NoRepeatsTestCase extends ItemsFixture {
        NoRepeatsTestCase(Database database) {
            super(database);
        }

        @Test
        void otherValues() {
            for (int id = 1; id <= 3; id++) {
                selectItem(id);
            }
        }

        @Test
        void schemaChangesTwice() {
            for (int i = 0; i < 2; i++) {
                execute("create table if not exists $items_copy (id int)");
            }
        }

        @Test
        void notAnnotated() {
            selectItem(1);
            selectItem(2);
        }
    }

    @QueryGuardTest
    static class FluentTestCase extends ItemsFixture {
        FluentTestCase(Database database) {
            super(database);
        }

        @Test
        void body(QueryRecorder recorder) {
            Recording recording = recorder.record(() -> {
                for (int i = 0; i < 2; i++) {
                    selectItem(2); // L:fluent
                }
            });
            QueryGuardAssertions.assertThat(recording).hasNoRepeatedQueries();
        }
    }
}
