package dev.queryguard.junit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import static dev.queryguard.junit.CrossSchemaDatabase.here;
import static org.assertj.core.api.Assertions.assertThat;

/** The default check: no statement of a test body joins tables of schema groups that may not be mixed. */
class CrossSchemaJoinsTests {

    static CrossSchemaDatabase db;

    @AfterEach
    void dropDatabase() {
        if (db != null) {
            db.drop();
            db = null;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void failsATestThatJoinsMainAndCi(String database) {
        db = CrossSchemaDatabase.open(database);

        EngineExecutionResults results = db.run(CrossingTestCase.class);

        results.testEvents().assertStatistics(stats -> stats.failed(1));
        assertThat(Kit.failureMessage(results)).isEqualTo("""
                Expected CrossingTestCase.body() not to join tables of schema groups that may not be mixed,
                but 1 statement (2 executions) did:
                  select p.name, c.status from %1$s.packages p join %2$s.ci_pipelines c on c.id = p.pipeline_id \
                where p.id = ?
                      tables: %1$s.packages (main), %2$s.ci_pipelines (ci)
                      may not mix: main with ci
                      at CrossSchemaJoinsTests.java:%3$d (CrossSchemaJoinsTests$CrossingTestCase.body) (2 executions)
                Load the rows of each group in a statement of its own, or allow the join, naming the issue that \
                tracks it:
                  @AllowCrossSchemaJoins(reason = "<issue URL>") on the test,
                  CrossSchemaJoins.allow("<issue URL>", () -> ...) around the code,
                  or /* queryguard:allow-cross-schema <issue URL> */ in its SQL.""".formatted(
                db.main, db.ci, CrossingTestCase.line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void passesATestThatLoadsEachGroupInAStatementOfItsOwn(String database) {
        db = CrossSchemaDatabase.open(database);

        EngineExecutionResults results = db.run(StatementPerGroupTestCase.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void catchesAJoinHiddenInAnExistsSubquery(String database) {
        db = CrossSchemaDatabase.open(database);

        EngineExecutionResults results = db.run(ExistsTestCase.class);

        assertThat(Kit.failureMessage(results)).isEqualTo("""
                Expected ExistsTestCase.body() not to join tables of schema groups that may not be mixed,
                but 1 statement did:
                  select p.name from %1$s.packages p where exists (select ? from %2$s.ci_pipelines c \
                where c.id = p.pipeline_id and c.status = ?)
                      tables: %1$s.packages (main), %2$s.ci_pipelines (ci)
                      may not mix: main with ci
                      at CrossSchemaJoinsTests.java:%3$d (CrossSchemaJoinsTests$ExistsTestCase.body)
                Load the rows of each group in a statement of its own, or allow the join, naming the issue that \
                tracks it:
                  @AllowCrossSchemaJoins(reason = "<issue URL>") on the test,
                  CrossSchemaJoins.allow("<issue URL>", () -> ...) around the code,
                  or /* queryguard:allow-cross-schema <issue URL> */ in its SQL.""".formatted(
                db.main, db.ci, ExistsTestCase.line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void checksNothingWhileNoGroupIsConfigured(String database) {
        db = CrossSchemaDatabase.open(database);

        EngineExecutionResults results = Kit.run(CrossingTestCase.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void namesTablesInNoGroupAndThePolicyThatCountsThem(String database) {
        db = CrossSchemaDatabase.open(database);

        EngineExecutionResults results = db.run(UnmappedTestCase.class);

        assertThat(Kit.failureMessage(results)).isEqualTo("""
                Expected UnmappedTestCase.body() not to join tables of schema groups that may not be mixed,
                but 1 statement did:
                  select p.name, u.name from %1$s.packages p join %2$s.users u on u.id = p.owner_id where p.id = ?
                      tables: %1$s.packages (main), %2$s.users (no group)
                      may not mix: main with (no group)
                      at CrossSchemaJoinsTests.java:%3$d (CrossSchemaJoinsTests$UnmappedTestCase.body)
                Tables in (no group) match no queryguard.group.<name> pattern, and queryguard.groups.unmapped=fail lets a
                statement join them only with tables of queryguard.groups.joinAny groups (none configured): map them to a
                group, or set queryguard.groups.unmapped=ignore.
                Load the rows of each group in a statement of its own, or allow the join, naming the issue that \
                tracks it:
                  @AllowCrossSchemaJoins(reason = "<issue URL>") on the test,
                  CrossSchemaJoins.allow("<issue URL>", () -> ...) around the code,
                  or /* queryguard:allow-cross-schema <issue URL> */ in its SQL.""".formatted(
                db.main, db.other, UnmappedTestCase.line));
    }

    @Test
    void leavesTablesInNoGroupOutWhenConfiguredTo() {
        db = CrossSchemaDatabase.open("h2");

        EngineExecutionResults results = db.run(UnmappedTestCase.class, "queryguard.groups.unmapped", "ignore");

        results.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
    }

    @QueryGuardTest
    static class CrossingTestCase {
        static int line;

        @Test
        void body() {
            for (int id = 1; id <= 2; id++) {
                line = here(); db.packageWithPipeline(id);
            }
        }
    }

    @QueryGuardTest
    static class StatementPerGroupTestCase {
        @Test
        void body() {
            db.packageThenPipeline(1);
            db.packageThenPipeline(2);
        }
    }

    @QueryGuardTest
    static class ExistsTestCase {
        static int line;

        @Test
        void body() {
            line = here(); db.packagesWithRunningPipelines();
        }
    }

    @QueryGuardTest
    static class UnmappedTestCase {
        static int line;

        @Test
        void body() {
            line = here(); db.packageWithOwner(1);
        }
    }
}
