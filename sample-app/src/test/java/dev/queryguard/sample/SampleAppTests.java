package dev.queryguard.sample;

import dev.queryguard.sample.db.DatabaseKind;
import dev.queryguard.sample.db.Migrations;
import dev.queryguard.sample.seed.SeedPlan;
import dev.queryguard.sample.seed.Seeded;
import dev.queryguard.sample.support.ApiClient;
import dev.queryguard.sample.support.Apps;
import dev.queryguard.sample.support.RunningApps;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(Apps.class)
class SampleAppTests {

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void appliesEachMigrationOnce(DatabaseKind kind, RunningApps apps) throws SQLException {
        SampleApp app = apps.app(kind);

        assertThat(Migrations.apply(app.database().unrecordedDataSource())).isEmpty();
        assertThat(strings(app, "select version || ' ' || description from schema_version order by version"))
                .containsExactly("1 main and ci schemas");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void seedsWhatThePlanSays(DatabaseKind kind, RunningApps apps) throws SQLException {
        SampleApp app = apps.app(kind);

        Seeded seeded = app.seeder().seed(SeedPlan.small("counted").withPackages(4).withFilesPerPackage(3)
                .withPipelines(3, 2).withDeployments(3, 2));

        assertThat(seeded.packageIds()).hasSize(4);
        assertThat(seeded.fileIds()).allSatisfy(files -> assertThat(files).hasSize(3));
        assertThat(seeded.pipelineIds()).allSatisfy(pipelines -> assertThat(pipelines).hasSize(3));
        long project = seeded.projectId();
        assertThat(strings(app, "select count(*) from main.packages where project_id = " + project)).containsExactly("4");
        assertThat(strings(app, "select count(*) from main.packages_build_infos bi join main.packages p"
                + " on p.id = bi.package_id where p.project_id = " + project)).containsExactly("12");
        assertThat(strings(app, "select count(*) from main.package_file_build_infos fbi join main.package_files f"
                + " on f.id = fbi.package_file_id join main.packages p on p.id = f.package_id"
                + " where p.project_id = " + project)).containsExactly("24");
        assertThat(strings(app, "select count(*) from ci.ci_pipelines where project_id = " + project))
                .containsExactly("12");
        assertThat(strings(app, "select name from main.environments where project_id = " + project + " order by id"))
                .containsExactly("production", "staging", "review/app-1");
        assertThat(strings(app, "select count(*) from main.deployments where project_id = " + project))
                .containsExactly("6");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void answersAnUnknownRouteWithJson404(DatabaseKind kind, RunningApps apps) {
        ApiClient.Response response = ApiClient.of(apps.app(kind)).get("/nothing/here");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"message\":\"404 Route Not Found\"}");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void dropsItsDatabaseWhenClosed(DatabaseKind kind, RunningApps apps) throws SQLException {
        String name;
        try (SampleApp app = SampleApp.start(kind, 0)) {
            name = app.database().name();
            assertThat(name).matches("qg_sample_[0-9a-f]{12}");
        }

        if (kind == DatabaseKind.POSTGRES) {
            // Asked through another app's server connection: the dropped database is gone from the catalog.
            assertThat(strings(apps.app(kind), "select count(*) from pg_database where datname = '" + name + "'"))
                    .containsExactly("0");
        }
    }

    private static List<String> strings(SampleApp app, String sql) throws SQLException {
        try (Connection connection = app.database().unrecordedDataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
