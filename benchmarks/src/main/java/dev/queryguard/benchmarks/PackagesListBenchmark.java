package dev.queryguard.benchmarks;

import dev.queryguard.sample.SampleApp;
import dev.queryguard.sample.db.DatabaseKind;
import dev.queryguard.sample.flags.FeatureFlags;
import dev.queryguard.sample.seed.SeedPlan;
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
import java.util.concurrent.TimeUnit;

/**
 * The sample app's packages list, {@code GET /api/v4/projects/{id}/packages?per_page=}, legacy against fixed, over
 * HTTP on loopback as a client sees it. The project has 100 packages, each built by 2 pipelines; the legacy variant
 * loads each package's pipelines on its own, joining {@code ci.ci_pipelines} to a {@code main} table (an N+1 that
 * crosses schema groups), the fixed one runs a fixed number of statements whatever the page size. Run it with
 * {@code -prof dev.queryguard.jmh.QueryProfiler} to see the statements per request beside the time.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// The JDK's HttpServer writes a response's headers and body apart; with Nagle's algorithm on, the body waits for
// the client's delayed ACK (about 40 ms on Linux loopback), which would swamp what is measured.
@Fork(value = 1, jvmArgsAppend = "-Dsun.net.httpserver.nodelay=true")
// Hibernate's paths take long to compile: the time per request still halves after the third 2-second iteration.
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class PackagesListBenchmark {

    static final int PACKAGES = 100;

    /** The {@code X-Feature-Variant} the request sends: {@code legacy} or {@code fixed}. */
    @Param({"legacy", "fixed"})
    public String variant;

    @Param({"20", "100"})
    public int perPage;

    /** {@code h2} (in memory); {@code -p database=postgresql} for a fresh PostgreSQL database, run pinned. */
    @Param({"h2"})
    public String database;

    private SampleApp app;
    private HttpClient client;
    private HttpRequest request;

    @Setup(Level.Trial)
    public void start() {
        // Flags off: each request chooses its variant with the header, as the sample app's tests do.
        app = SampleApp.start(DatabaseKind.named(database), 0, new FeatureFlags());
        long project = app.seeder().seed(SeedPlan.small("bench").withPackages(PACKAGES).withDeployments(0, 0))
                .projectId();
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        request = HttpRequest.newBuilder(URI.create(app.baseUri() + "/api/v4/projects/" + project
                        + "/packages?per_page=" + perPage))
                .header(FeatureFlags.HEADER, variant).GET().build();
    }

    @TearDown(Level.Trial)
    public void stop() {
        app.close();
    }

    @Benchmark
    public String packages() throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Expected the packages list, but got " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }
}
