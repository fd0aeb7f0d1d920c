package dev.queryguard.sample.deployments;

import com.fasterxml.jackson.databind.JsonNode;
import dev.queryguard.QueryGuard;
import dev.queryguard.junit.QueryGuardTest;
import dev.queryguard.junit.QueryRecorder;
import dev.queryguard.junit.Scale;
import dev.queryguard.junit.ScalingTest;
import dev.queryguard.recording.Recording;
import dev.queryguard.recording.RecordingScope;
import dev.queryguard.recording.StatementEntry;
import dev.queryguard.sample.db.DatabaseKind;
import dev.queryguard.sample.flags.Variant;
import dev.queryguard.sample.seed.SeedPlan;
import dev.queryguard.sample.seed.Seeded;
import dev.queryguard.sample.support.ApiClient;
import dev.queryguard.sample.support.Apps;
import dev.queryguard.sample.support.MainSources;
import dev.queryguard.sample.support.RunningApps;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployments finder under QueryGuard. The fixed finder passes the scaling check over the number of
 * deployments and the default checks. The legacy finder's problems, a join by environment name without the
 * project and an order no index serves, are outside what QueryGuard's checks see: it passes them too. What
 * QueryGuard's recording does show is the statement's shape and the rows it read, which these tests pin.
 */
@QueryGuardTest
@ExtendWith(Apps.class)
class DeploymentsQueryGuardTests {

    private static final String COLUMNS = "d1_0.id,d1_0.created_at,d1_0.environment_id,d1_0.finished_at,d1_0.iid,"
            + "d1_0.project_id,d1_0.ref,d1_0.sha,d1_0.status,d1_0.updated_at";
    private static final String COLUMNS_WITH_ENVIRONMENT = "d1_0.id,d1_0.created_at,d1_0.environment_id,e1_0.id,"
            + "e1_0.name,e1_0.project_id,d1_0.finished_at,d1_0.iid,d1_0.project_id,d1_0.ref,d1_0.sha,d1_0.status,"
            + "d1_0.updated_at";

    @ScalingTest
    void fixedFinderDoesNotGrowWithTheDeploymentsOnH2(Scale scale, RunningApps apps) {
        listProduction(DatabaseKind.H2, Variant.FIXED, scale, apps);
    }

    @ScalingTest
    void fixedFinderDoesNotGrowWithTheDeploymentsOnPostgres(Scale scale, RunningApps apps) {
        listProduction(DatabaseKind.POSTGRES, Variant.FIXED, scale, apps);
    }

    /** Honest about the limit: the legacy finder's statements do not grow either. */
    @ScalingTest
    void legacyFinderDoesNotGrowWithTheDeploymentsEither(Scale scale, RunningApps apps) {
        listProduction(DatabaseKind.H2, Variant.LEGACY, scale, apps);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void fixedFinderPassesTheDefaultChecks(DatabaseKind kind, RunningApps apps, QueryRecorder recorder) {
        JsonNode deployments = ApiClient.of(apps.app(kind)).variant(Variant.FIXED)
                .scope(recorder.testScope().headerValue())
                .get("/projects/" + apps.standard(kind).projectId() + "/deployments?environment=production").ok();

        assertThat(deployments.size()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void legacyFinderReadsTheDeploymentsOfEveryProjectWithTheEnvironmentName(DatabaseKind kind, RunningApps apps) {
        Seeded neighbour = apps.app(kind).seeder().seed(SeedPlan.small("production-neighbour").withPackages(0));
        assertThat(neighbour.environmentIds()).hasSize(2);
        String path = "/projects/" + apps.standard(kind).projectId() + "/deployments?environment=production";

        Recording legacy = record(kind, Variant.LEGACY, path, apps);
        Recording fixed = record(kind, Variant.FIXED, path, apps);

        StatementEntry legacyFind = deploymentsStatement(legacy);
        assertThat(legacyFind.fingerprint()).isEqualTo("select " + COLUMNS + " from main.deployments d1_0"
                + " join main.environments e1_0 on e1_0.id=d1_0.environment_id where e1_0.name=? order by d1_0.iid");
        assertThat(legacyFind.callSite()).hasToString(MainSources.callSite(LegacyDeploymentFinder.class, "find",
                "// legacy: deployments by environment name"));
        // Its own 3 production deployments, the neighbour's 3, and those of any other project the run seeded.
        assertThat(legacyFind.rowsRead()).isGreaterThanOrEqualTo(6);
        StatementEntry fixedFind = deploymentsStatement(fixed);
        assertThat(fixedFind.fingerprint()).isEqualTo("select " + COLUMNS_WITH_ENVIRONMENT
                + " from main.deployments d1_0 join main.environments e1_0 on e1_0.id=d1_0.environment_id"
                + " where d1_0.project_id=? and d1_0.environment_id=(select e2_0.id from main.environments e2_0"
                + " where e2_0.project_id=? and e2_0.name=?) order by d1_0.id offset ? rows fetch first ? rows only");
        assertThat(fixedFind.rowsRead()).isEqualTo(3);
        // The legacy finder loads the environment apart; one statement per environment, not per deployment.
        assertThat(legacy.count()).isEqualTo(3);
        assertThat(fixed.count()).isEqualTo(2);
    }

    private static void listProduction(DatabaseKind kind, Variant variant, Scale scale, RunningApps apps) {
        Seeded seeded = apps.app(kind).seeder().seed(SeedPlan.small("finder-" + variant.headerValue() + "-"
                + scale.n()).withPackages(0).withDeployments(2, scale.n()));
        ApiClient client = ApiClient.of(apps.app(kind)).variant(variant);

        JsonNode[] deployments = new JsonNode[1];
        scale.record(() -> deployments[0] = client.scope(scale.headerValue())
                .get("/projects/" + seeded.projectId() + "/deployments?environment=production").ok());

        assertThat(deployments[0].size()).isEqualTo(scale.n());
    }

    private static Recording record(DatabaseKind kind, Variant variant, String path, RunningApps apps) {
        RecordingScope scope = QueryGuard.start();
        try {
            ApiClient.of(apps.app(kind)).variant(variant).scope(scope.headerValue()).get(path).ok();
        } finally {
            scope.stop();
        }
        return scope.recording();
    }

    private static StatementEntry deploymentsStatement(Recording recording) {
        List<StatementEntry> reads = recording.statements().stream()
                .filter(statement -> statement.sql().contains("from main.deployments"))
                .toList();
        assertThat(reads).hasSize(1);
        return reads.get(0);
    }
}
