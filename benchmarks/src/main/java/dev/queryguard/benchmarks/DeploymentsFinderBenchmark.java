package dev.queryguard.benchmarks;

import dev.queryguard.sample.SampleApp;
import dev.queryguard.sample.db.DatabaseKind;
import dev.queryguard.sample.flags.FeatureFlags;
import dev.queryguard.sample.seed.SeedPlan;
import dev.queryguard.sample.seed.Seeded;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The sample app's deployments finder on PostgreSQL,
 * {@code GET /api/v4/projects/{id}/deployments?environment=production} (first page of 20), legacy against fixed,
 * at {@value #DEPLOYMENTS} deployments: a project and a neighbour, each with a {@code production} and a
 * {@code staging} environment of {@value #PER_ENVIRONMENT} deployments. The legacy finder selects every
 * {@code production} deployment of every project and filters and pages in Java; the fixed one reads one page of the
 * project's. Both run one statement: the difference is in the rows, which
 * {@code -prof dev.queryguard.jmh.QueryProfiler} shows as {@code queryguard.rows.norm}.
 *
 * <p>Each trial creates a fresh PostgreSQL database (the sample app's {@code qg_sample_*}) and drops it after.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// See PackagesListBenchmark: the JDK HttpServer's headers and body must not wait for a delayed ACK.
@Fork(value = 1, jvmArgsAppend = "-Dsun.net.httpserver.nodelay=true")
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 4)
@State(Scope.Benchmark)
public class DeploymentsFinderBenchmark {

    static final int PER_ENVIRONMENT = 25_000;
    static final int DEPLOYMENTS = 4 * PER_ENVIRONMENT;

    /** The {@code X-Feature-Variant} the request sends: {@code legacy} or {@code fixed}. */
    @Param({"legacy", "fixed"})
    public String variant;

    private SampleApp app;
    private HttpClient client;
    private HttpRequest request;

    @Setup(Level.Trial)
    public void start() throws SQLException {
        app = SampleApp.start(DatabaseKind.POSTGRES, 0, new FeatureFlags());
        Seeded project = app.seeder().seed(SeedPlan.small("bench").withPackages(0).withDeployments(2, 0));
        Seeded neighbour = app.seeder().seed(SeedPlan.small("bench-neighbour").withPackages(0)
                .withDeployments(2, 0));
        try (Connection connection = app.database().unrecordedDataSource().getConnection()) {
            insertDeployments(connection, project);
            insertDeployments(connection, neighbour);
            try (Statement analyze = connection.createStatement()) {
                analyze.execute("analyze main.deployments");
            }
        }
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        request = HttpRequest.newBuilder(URI.create(app.baseUri() + "/api/v4/projects/" + project.projectId()
                        + "/deployments?environment=production"))
                .header(FeatureFlags.HEADER, variant).GET().build();
    }

    /** {@value #PER_ENVIRONMENT} deployments in each of the project's environments, in one statement each. */
    private static void insertDeployments(Connection connection, Seeded seeded) throws SQLException {
        List<Long> environments = seeded.environmentIds();
        try (PreparedStatement insert = connection.prepareStatement("insert into main.deployments"
                + " (project_id, environment_id, iid, status, ref, sha, created_at, updated_at, finished_at)"
                + " select ?, ?, ? + g, (array['success','failed','success','running'])[1 + g % 4], 'main',"
                + " md5(?::text || '/' || g), timestamptz '2026-01-05 09:00:00+00' + g * interval '15 minutes',"
                + " timestamptz '2026-01-05 09:05:00+00' + g * interval '15 minutes',"
                + " case when g % 4 = 3 then null"
                + " else timestamptz '2026-01-05 09:05:00+00' + g * interval '15 minutes' end"
                + " from generate_series(1, ?) g")) {
            for (int e = 0; e < environments.size(); e++) {
                insert.setLong(1, seeded.projectId());
                insert.setLong(2, environments.get(e));
                insert.setInt(3, e * PER_ENVIRONMENT);
                insert.setLong(4, environments.get(e));
                insert.setInt(5, PER_ENVIRONMENT);
                insert.executeUpdate();
            }
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        app.close();
    }

    @Benchmark
    public String deployments() throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Expected the deployments, but got " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }
}
