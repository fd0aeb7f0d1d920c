package dev.queryguard.junit;

import dev.queryguard.check.CrossSchemaJoins;
import dev.queryguard.recording.Recording;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import static dev.queryguard.junit.CrossSchemaDatabase.here;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

/** The ways to allow a join across schema groups, each with a reason: annotation, block, SQL comment. */
class CrossSchemaAllowancesTests {

    private static final String WAYS_TO_ALLOW = """
            Load the rows of each group in a statement of its own, or allow the join, naming the issue that tracks it:
              @AllowCrossSchemaJoins(reason = "<issue URL>") on the test,
              CrossSchemaJoins.allow("<issue URL>", () -> ...) around the code,
              or /* queryguard:allow-cross-schema <issue URL> */ in its SQL.""";

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
    void allowsATestMethodAnnotatedWithAReason(String database) {
        db = CrossSchemaDatabase.open(database);

        EngineExecutionResults results = db.run(AnnotatedMethodTestCase.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(1));
        assertThat(Kit.failureMessage(results))
                .startsWith("Expected AnnotatedMethodTestCase.notAnnotated() not to join tables");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void allowsEveryTestOfAnAnnotatedClass(String database) {
        db = CrossSchemaDatabase.open(database);

        EngineExecutionResults results = db.run(AnnotatedClassTestCase.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(2).failed(0));
    }

    @Test
    void refusesAnAnnotationWithABlankReason() {
        db = CrossSchemaDatabase.open("h2");

        EngineExecutionResults results = db.run(BlankReasonTestCase.class);

        results.testEvents().assertThatEvents().haveExactly(1, finishedWithFailure(
                instanceOf(ExtensionConfigurationException.class),
                message("@AllowCrossSchemaJoins on BlankReasonTestCase.body(): reason must not be blank")));
    }

    @Test
    void refusesAClassAnnotationWithABlankReason() {
        db = CrossSchemaDatabase.open("h2");

        EngineExecutionResults results = db.run(BlankClassReasonTestCase.class);

        results.testEvents().assertThatEvents().haveExactly(1, finishedWithFailure(
                instanceOf(ExtensionConfigurationException.class),
                message("@AllowCrossSchemaJoins on BlankClassReasonTestCase: reason must not be blank")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void allowsExactlyTheStatementsRunInsideAnAllowBlock(String database) {
        db = CrossSchemaDatabase.open(database);

        EngineExecutionResults results = db.run(BlockTestCase.class);

        assertThat(Kit.failureMessage(results)).isEqualTo("""
                Expected BlockTestCase.body() not to join tables of schema groups that may not be mixed,
                but 1 statement did:
                  select p.name, c.status from %1$s.packages p join %2$s.ci_pipelines c on c.id = p.pipeline_id \
                where p.id = ?
                      tables: %1$s.packages (main), %2$s.ci_pipelines (ci)
                      may not mix: main with ci
                      at CrossSchemaAllowancesTests.java:%3$d (CrossSchemaAllowancesTests$BlockTestCase.body)
                %4$s""".formatted(db.main, db.ci, BlockTestCase.outside, WAYS_TO_ALLOW));
    }

    @Test
    void refusesAnAllowBlockWithoutAReason() {
        db = CrossSchemaDatabase.open("h2");

        EngineExecutionResults results = db.run(BlankBlockReasonTestCase.class);

        results.testEvents().assertThatEvents().haveExactly(1, finishedWithFailure(
                instanceOf(IllegalArgumentException.class),
                message(("CrossSchemaJoins.allow at CrossSchemaAllowancesTests.java:%d"
                        + " (CrossSchemaAllowancesTests$BlankBlockReasonTestCase.body): reason must not be blank;"
                        + " name the issue that tracks the join, e.g. CrossSchemaJoins.allow(\"https://...\","
                        + " () -> ...)").formatted(BlankBlockReasonTestCase.line))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void allowsAStatementWhoseSqlCarriesTheMarkerWithAReason(String database) {
        db = CrossSchemaDatabase.open(database);

        EngineExecutionResults results = db.run(MarkerTestCase.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void saysWhyAMarkerWithoutAReasonAllowsNothing(String database) {
        db = CrossSchemaDatabase.open(database);

        EngineExecutionResults results = db.run(BlankMarkerTestCase.class);

        assertThat(Kit.failureMessage(results)).isEqualTo("""
                Expected BlankMarkerTestCase.body() not to join tables of schema groups that may not be mixed,
                but 1 statement did:
                  select p.name, c.status from %1$s.packages p join %2$s.ci_pipelines c on c.id = p.pipeline_id
                      tables: %1$s.packages (main), %2$s.ci_pipelines (ci)
                      may not mix: main with ci
                      ignored /* queryguard:allow-cross-schema */: it needs a reason
                      at CrossSchemaAllowancesTests.java:%3$d (CrossSchemaAllowancesTests$BlankMarkerTestCase.body)
                %4$s""".formatted(db.main, db.ci, BlankMarkerTestCase.line, WAYS_TO_ALLOW));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void assertsOnARecordingOfTheTestsOwn(String database) {
        db = CrossSchemaDatabase.open(database);

        EngineExecutionResults results = db.run(AssertionTestCase.class);

        assertThat(Kit.failureMessage(results)).isEqualTo("""
                Expected the recording not to join tables of schema groups that may not be mixed,
                but 1 statement did:
                  select p.name from %1$s.packages p where exists (select ? from %2$s.ci_pipelines c \
                where c.id = p.pipeline_id and c.status = ?)
                      tables: %1$s.packages (main), %2$s.ci_pipelines (ci)
                      may not mix: main with ci
                      at CrossSchemaAllowancesTests.java:%3$d (CrossSchemaAllowancesTests$AssertionTestCase.listPackages)
                Load the rows of each group in a statement of its own, or allow the join, naming the issue that tracks it:
                  CrossSchemaJoins.allow("<issue URL>", () -> ...) around the code,
                  or /* queryguard:allow-cross-schema <issue URL> */ in its SQL.""".formatted(
                db.main, db.ci, AssertionTestCase.line));
    }

    @QueryGuardTest
    static class AnnotatedMethodTestCase {
        @Test
        @AllowCrossSchemaJoins(reason = "https://gitlab.example/issues/1")
        void annotated() {
            db.packageWithPipeline(1);
        }

        @Test
        void notAnnotated() {
            db.packageWithPipeline(1);
        }
    }

    @AllowCrossSchemaJoins(reason = "https://gitlab.example/issues/2")
    static class AnnotatedClassTestCase {
        @Test
        void first() {
            db.packageWithPipeline(1);
        }

        @Test
        void second() {
            db.packagesWithRunningPipelines();
        }
    }

    @QueryGuardTest
    static class BlankReasonTestCase {
        @Test
        @AllowCrossSchemaJoins(reason = " ")
        void body() {
            db.packageThenPipeline(1);
        }
    }

    @AllowCrossSchemaJoins(reason = "")
    static class BlankClassReasonTestCase {
        @Test
        void body() {
            db.packageThenPipeline(1);
        }
    }

    @QueryGuardTest
    static class BlockTestCase {
        static int outside;

        @Test
        void body() {
            CrossSchemaJoins.allow("https://gitlab.example/issues/3", () -> {
                db.packageWithPipeline(1);
                db.packagesWithRunningPipelines();
            });
            outside = here(); db.packageWithPipeline(2);
        }
    }

    @QueryGuardTest
    static class BlankBlockReasonTestCase {
        static int line;

        @Test
        void body() {
            line = here(); CrossSchemaJoins.allow(" ", () -> db.packageWithPipeline(1));
        }
    }

    @QueryGuardTest
    static class MarkerTestCase {
        @Test
        void body() {
            db.queryOne("/* QueryGuard:allow-cross-schema https://gitlab.example/issues/4 */ select p.name, c.status"
                    + " from " + db.main + ".packages p join " + db.ci + ".ci_pipelines c on c.id = p.pipeline_id");
        }
    }

    @QueryGuardTest
    static class BlankMarkerTestCase {
        static int line;

        @Test
        void body() {
            line = here(); db.queryOne("select p.name, c.status from " + db.main + ".packages p join " + db.ci
                    + ".ci_pipelines c on c.id = p.pipeline_id /* queryguard:allow-cross-schema */");
        }
    }

    @QueryGuardTest
    static class AssertionTestCase {
        static int line;

        @Test
        @AllowCrossSchemaJoins(reason = "https://gitlab.example/issues/5")
        void body(QueryRecorder recorder) {
            Recording recording = recorder.record(this::listPackages);
            CrossSchemaAssertions.assertNoCrossSchemaJoins(recording);
        }

        private void listPackages() {
            CrossSchemaJoins.allow("https://gitlab.example/issues/6", () -> db.packageWithPipeline(1));
            line = here(); db.packagesWithRunningPipelines();
        }
    }
}
