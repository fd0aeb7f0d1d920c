package dev.queryguard.sample.packages;

import dev.queryguard.junit.AllowCrossSchemaJoins;
import dev.queryguard.junit.MaxQueries;
import dev.queryguard.junit.QueryGuardTest;
import dev.queryguard.junit.QueryRecorder;
import dev.queryguard.junit.Scale;
import dev.queryguard.junit.ScalingTest;
import dev.queryguard.sample.SampleApp;
import dev.queryguard.sample.db.DatabaseKind;
import dev.queryguard.sample.flags.Variant;
import dev.queryguard.sample.seed.SeedPlan;
import dev.queryguard.sample.seed.Seeded;
import dev.queryguard.sample.support.ApiClient;
import dev.queryguard.sample.support.Apps;
import dev.queryguard.sample.support.Kit;
import dev.queryguard.sample.support.MainSources;
import dev.queryguard.sample.support.RunningApps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * QueryGuard on the packages API, over HTTP: the fixed variant passes every check, and each legacy variant is
 * caught by the check meant for it, with a message naming the table, the statement and the line of
 * {@link PackagesLegacy} that ran it.
 */
@ExtendWith(Apps.class)
class PackagesQueryGuardTests {

    private static final String PIPELINES_PER_OWNER = MainSources.callSite(PackagesLegacy.class,
            "recentPipelines", "// loads the pipelines of one package or file: a join across groups");
    private static final String USER_PER_PIPELINE = MainSources.callSite(PackagesLegacy.class, "userOf",
            "// loads the pipeline's user, unless the session has it already");
    private static final String PIPELINES_JOINED = MainSources.callSite(PackagesLegacy.class, "pipelines",
            "// joins ci.ci_pipelines to main's packages, build infos, users");
    private static final String WAYS_TO_ALLOW = """
            Load the rows of each group in a statement of its own, or allow the join, naming the issue that tracks it:
              @AllowCrossSchemaJoins(reason = "<issue URL>") on the test,
              CrossSchemaJoins.allow("<issue URL>", () -> ...) around the code,
              or /* queryguard:allow-cross-schema <issue URL> */ in its SQL.""";

    /** The app the fixtures below call; set by each test before it runs them. */
    private static SampleApp app;
    private static final AtomicInteger SEEDS = new AtomicInteger();

    @AfterEach
    void forgetApp() {
        app = null;
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void passesEveryCheckInTheFixedVariant(DatabaseKind kind, RunningApps apps) {
        app = apps.app(kind);

        EngineExecutionResults results = Kit.run(FixedTestCase.class);

        Kit.assertAllPassed(results);
        results.testEvents().assertStatistics(stats -> stats.succeeded(9));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void catchesTheLegacyPackagesListLoadingPipelinesAndUsersPerPackage(DatabaseKind kind, RunningApps apps) {
        app = apps.app(kind);

        String message = Kit.onlyFailureMessage(Kit.run(LegacyPackagesScalingTestCase.class));

        assertThat(message).isEqualTo("""
                Expected the statements of LegacyPackagesScalingTestCase.listsPackages() not to grow with the number\
                 of items,
                but at 2 items it ran 8 statements and at 3 items 11 (+3 per item):
                  2 → 3  +1 per item  select p1_0.package_id,p1_1.id,p1_1.created_at,p1_1.project_id,p1_1.ref,\
                p1_1.sha,p1_1.status,p1_1.updated_at,p1_1.user_id from main.packages_build_infos p1_0 join\
                 ci.ci_pipelines p1_1 on p1_1.id=p1_0.... (66 more characters)
                                      first at %s
                  4 → 6  +2 per item  select u1_0.id,u1_0.name,u1_0.username from main.users u1_0 where u1_0.id=?
                                      first at %s"""
                .formatted(PIPELINES_PER_OWNER, USER_PER_PIPELINE));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void catchesTheLegacyPackagesListJoiningCiToMain(DatabaseKind kind, RunningApps apps) {
        app = apps.app(kind);

        String message = Kit.onlyFailureMessage(Kit.run(LegacyPackagesJoinTestCase.class));

        assertThat(message).isEqualTo("""
                Expected LegacyPackagesJoinTestCase.listsPackages() not to join tables of schema groups that may not\
                 be mixed,
                but 1 statement (3 executions) did:
                  select p1_0.package_id,p1_1.id,p1_1.created_at,p1_1.project_id,p1_1.ref,p1_1.sha,p1_1.status,\
                p1_1.updated_at,p1_1.user_id from main.packages_build_infos p1_0 join ci.ci_pipelines p1_1 on\
                 p1_1.id=p1_0.... (66 more characters)
                      tables: main.packages_build_infos (main), ci.ci_pipelines (ci)
                      may not mix: main with ci
                      at %s (3 executions)
                """.formatted(PIPELINES_PER_OWNER) + WAYS_TO_ALLOW);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void catchesTheLegacyFilesListLoadingPipelinesPerFile(DatabaseKind kind, RunningApps apps) {
        app = apps.app(kind);

        String message = Kit.onlyFailureMessage(Kit.run(LegacyFilesScalingTestCase.class));

        assertThat(message).isEqualTo("""
                Expected the statements of LegacyFilesScalingTestCase.listsFiles() not to grow with the number of\
                 items,
                but at 2 items it ran 6 statements and at 3 items 8 (+2 per item):
                  2 → 3  +1 per item  select p1_0.package_file_id,p1_1.id,p1_1.created_at,p1_1.project_id,p1_1.ref,\
                p1_1.sha,p1_1.status,p1_1.updated_at,p1_1.user_id from main.package_file_build_infos p1_0 join\
                 ci.ci_pipelines p1_1 on p1_1... (80 more characters)
                                      first at %s
                  2 → 3  +1 per item  select u1_0.id,u1_0.name,u1_0.username from main.users u1_0 where u1_0.id=?
                                      first at %s"""
                .formatted(PIPELINES_PER_OWNER, USER_PER_PIPELINE));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void catchesTheLegacyFilesListJoiningCiToMain(DatabaseKind kind, RunningApps apps) {
        app = apps.app(kind);

        String message = Kit.onlyFailureMessage(Kit.run(LegacyFilesJoinTestCase.class));

        assertThat(message).isEqualTo("""
                Expected LegacyFilesJoinTestCase.listsFiles() not to join tables of schema groups that may not be\
                 mixed,
                but 1 statement (2 executions) did:
                  select p1_0.package_file_id,p1_1.id,p1_1.created_at,p1_1.project_id,p1_1.ref,p1_1.sha,p1_1.status,\
                p1_1.updated_at,p1_1.user_id from main.package_file_build_infos p1_0 join ci.ci_pipelines p1_1 on\
                 p1_1... (80 more characters)
                      tables: main.package_file_build_infos (main), ci.ci_pipelines (ci)
                      may not mix: main with ci
                      at %s (2 executions)
                """.formatted(PIPELINES_PER_OWNER) + WAYS_TO_ALLOW);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void catchesTheLegacyPackagePipelinesJoiningCiToMain(DatabaseKind kind, RunningApps apps) {
        app = apps.app(kind);

        String message = Kit.onlyFailureMessage(Kit.run(LegacyPipelinesJoinTestCase.class));

        assertThat(message).isEqualTo("""
                Expected LegacyPipelinesJoinTestCase.listsPipelines() not to join tables of schema groups that may\
                 not be mixed,
                but 1 statement did:
                  select p2_1.id,p2_1.created_at,p2_1.project_id,p2_1.ref,p2_1.sha,p2_1.status,p2_1.updated_at,\
                u1_0.id,u1_0.name,u1_0.username,p2_1.user_id from main.packages p1_0 join main.packages_build_infos\
                 p2_0 on... (204 more characters)
                      tables: main.packages (main), main.packages_build_infos (main), ci.ci_pipelines (ci),\
                 main.users (main)
                      may not mix: main with ci
                      at %s
                """.formatted(PIPELINES_JOINED) + WAYS_TO_ALLOW);
    }

    /** A project of {@code packages} packages, each built by two pipelines of users of their own, one file each. */
    static Seeded projectWithPackages(int packages) {
        return app.seeder().seed(new SeedPlan("packages-" + SEEDS.incrementAndGet(), 2 * packages, packages, 1, 2, 1,
                0, 0));
    }

    /** A project of one package with {@code files} files, each built by a pipeline of its own user. */
    static Seeded packageWithFiles(int files) {
        return app.seeder().seed(new SeedPlan("files-" + SEEDS.incrementAndGet(), files, 1, files, files, 1, 0, 0));
    }

    /** A project of one package built by {@code pipelines} pipelines, each of a user of its own. */
    static Seeded packageWithPipelines(int pipelines) {
        return app.seeder().seed(new SeedPlan("pipelines-" + SEEDS.incrementAndGet(), pipelines, 1, 0, pipelines, 0,
                0, 0));
    }

    static String packagesOf(Seeded seeded) {
        return "/projects/" + seeded.projectId() + "/packages";
    }

    static String filesOf(Seeded seeded) {
        return "/projects/" + seeded.projectId() + "/packages/" + seeded.firstPackageId() + "/package_files";
    }

    static String pipelinesOf(Seeded seeded) {
        return "/projects/" + seeded.projectId() + "/packages/" + seeded.firstPackageId() + "/pipelines";
    }

    static ApiClient api(Variant variant, String scopeHeaderValue) {
        return ApiClient.of(app).variant(variant).scope(scopeHeaderValue);
    }

    @QueryGuardTest
    static class FixedTestCase {

        @ScalingTest
        void listsPackagesInAConstantNumberOfStatements(Scale scale) {
            Seeded seeded = projectWithPackages(scale.n());
            scale.record(() -> api(Variant.FIXED, scale.headerValue()).get(packagesOf(seeded)).ok());
        }

        @ScalingTest
        void listsFilesInAConstantNumberOfStatements(Scale scale) {
            Seeded seeded = packageWithFiles(scale.n());
            scale.record(() -> api(Variant.FIXED, scale.headerValue()).get(filesOf(seeded)).ok());
        }

        @ScalingTest
        void listsPipelinesInAConstantNumberOfStatements(Scale scale) {
            Seeded seeded = packageWithPipelines(scale.n());
            scale.record(() -> api(Variant.FIXED, scale.headerValue()).get(pipelinesOf(seeded)).ok());
        }

        @Test
        @MaxQueries(5)
        void listsPackagesWithoutJoiningSchemaGroups(QueryRecorder recorder) {
            api(Variant.FIXED, recorder.testScope().headerValue()).get("/projects/1/packages").ok();
        }

        @Test
        @MaxQueries(5)
        void listsFilesWithoutJoiningSchemaGroups(QueryRecorder recorder) {
            api(Variant.FIXED, recorder.testScope().headerValue()).get("/projects/1/packages/1/package_files").ok();
        }

        @Test
        @MaxQueries(4)
        void listsPipelinesWithoutJoiningSchemaGroups(QueryRecorder recorder) {
            api(Variant.FIXED, recorder.testScope().headerValue()).get("/projects/1/packages/1/pipelines").ok();
        }
    }

    // The same requests join main and ci too; LegacyPackagesJoinTestCase proves that check on its own.
    @AllowCrossSchemaJoins(reason = "https://example.invalid/legacy-packages-join")
    static class LegacyPackagesScalingTestCase {
        @ScalingTest
        void listsPackages(Scale scale) {
            Seeded seeded = projectWithPackages(scale.n());
            scale.record(() -> api(Variant.LEGACY, scale.headerValue()).get(packagesOf(seeded)).ok());
        }
    }

    @QueryGuardTest
    static class LegacyPackagesJoinTestCase {
        @Test
        void listsPackages(QueryRecorder recorder) {
            api(Variant.LEGACY, recorder.testScope().headerValue()).get("/projects/1/packages").ok();
        }
    }

    @AllowCrossSchemaJoins(reason = "https://example.invalid/legacy-files-join")
    static class LegacyFilesScalingTestCase {
        @ScalingTest
        void listsFiles(Scale scale) {
            Seeded seeded = packageWithFiles(scale.n());
            scale.record(() -> api(Variant.LEGACY, scale.headerValue()).get(filesOf(seeded)).ok());
        }
    }

    @QueryGuardTest
    static class LegacyFilesJoinTestCase {
        @Test
        void listsFiles(QueryRecorder recorder) {
            api(Variant.LEGACY, recorder.testScope().headerValue()).get("/projects/1/packages/1/package_files").ok();
        }
    }

    @QueryGuardTest
    static class LegacyPipelinesJoinTestCase {
        @Test
        void listsPipelines(QueryRecorder recorder) {
            api(Variant.LEGACY, recorder.testScope().headerValue()).get("/projects/1/packages/1/pipelines").ok();
        }
    }
}
