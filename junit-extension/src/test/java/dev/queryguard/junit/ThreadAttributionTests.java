package dev.queryguard.junit;

import com.sun.net.httpserver.HttpServer;
import dev.queryguard.http.ScopeHeaderFilter;
import dev.queryguard.recording.RecordingScope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Statements are attributed to the test that caused them, whatever thread runs them. */
class ThreadAttributionTests {

    @Test
    void eightTestsRunningInParallelEachSeeExactlyTheirOwnStatements() {
        EngineExecutionResults results = Kit.run(ParallelTestCase.class, Map.of(
                "junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.mode.default", "concurrent",
                "junit.jupiter.execution.parallel.config.strategy", "fixed",
                "junit.jupiter.execution.parallel.config.fixed.parallelism", "8"));

        results.testEvents().assertStatistics(stats -> stats.succeeded(8).failed(0));
        Map<String, String> statementsByTest = new TreeMap<>();
        for (Event event : results.testEvents().reportingEntryPublished().list()) {
            event.getPayload(ReportEntry.class).map(ReportEntry::getKeyValuePairs)
                    .filter(pairs -> pairs.containsKey("queryguard.statements"))
                    .ifPresent(pairs -> statementsByTest.put(event.getTestDescriptor().getDisplayName(),
                            pairs.get("queryguard.statements")));
        }
        assertThat(statementsByTest).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "runs1()", "1", "runs2()", "2", "runs3()", "3", "runs4()", "4",
                "runs5()", "5", "runs6()", "6", "runs7()", "7", "runs8()", "8")));
    }

    @Test
    void attributesStatementsOfAServerThreadToTheTestWhoseRequestCausedThem() {
        EngineExecutionResults results = Kit.run(HttpServerTestCase.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(2).failed(0));
        assertThat(Kit.reportEntries(results)).extracting(entry -> entry.get("queryguard.statements"))
                .containsExactlyInAnyOrder("2", "0");
    }

    @QueryGuardTest
    static class ParallelTestCase {
        private static final TestItems ITEMS = new TestItems();
        // All eight run their statements at the same moment, so they truly overlap.
        private static final CyclicBarrier TOGETHER = new CyclicBarrier(8);

        private static void run(int statements) throws Exception {
            TOGETHER.await(30, TimeUnit.SECONDS);
            for (int i = 0; i < statements; i++) {
                ITEMS.selectItem(i);
            }
        }

        @Test
        void runs1() throws Exception {
            run(1);
        }

        @Test
        void runs2() throws Exception {
            run(2);
        }

        @Test
        void runs3() throws Exception {
            run(3);
        }

        @Test
        void runs4() throws Exception {
            run(4);
        }

        @Test
        void runs5() throws Exception {
            run(5);
        }

        @Test
        void runs6() throws Exception {
            run(6);
        }

        @Test
        void runs7() throws Exception {
            run(7);
        }

        @Test
        void runs8() throws Exception {
            run(8);
        }
    }

    @QueryGuardTest
    static class HttpServerTestCase {
        private static final TestItems ITEMS = new TestItems();
        private static HttpServer server;
        private static ExecutorService serverThreads;
        private final HttpClient client = HttpClient.newHttpClient();

        @BeforeAll
        static void startServer() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            serverThreads = Executors.newFixedThreadPool(2);
            server.setExecutor(serverThreads);
            server.createContext("/items", exchange -> {
                ITEMS.selectItem(1);
                ITEMS.selectItem(2);
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            }).getFilters().add(new ScopeHeaderFilter());
            server.start();
        }

        @AfterAll
        static void stopServer() {
            server.stop(0);
            serverThreads.shutdown();
        }

        @Test
        void sendsItsScope(QueryRecorder recorder) throws Exception {
            get(recorder.testScope().headerValue());
        }

        @Test
        void sendsNoScope() throws Exception {
            get(null);
        }

        private void get(String scope) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/items"));
            if (scope != null) {
                request.header(RecordingScope.HEADER, scope);
            }
            HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).isEqualTo(204);
        }
    }
}
