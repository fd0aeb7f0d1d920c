package dev.queryguard.http;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpServer;
import dev.queryguard.ItemsFixture;
import dev.queryguard.QueryGuard;
import dev.queryguard.TestDatabase;
import dev.queryguard.recording.Recording;
import dev.queryguard.recording.RecordingScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

class ScopeHeaderFilterTests {

    private ItemsFixture fixture;
    private HttpServer server;
    private ExecutorService serverThreads;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void startServer() throws IOException, SQLException {
        fixture = ItemsFixture.on(TestDatabase.H2);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serverThreads = Executors.newFixedThreadPool(2);
        server.setExecutor(serverThreads);
        HttpContext context = server.createContext("/items", exchange -> {
            try (Connection connection = fixture.recorded.getConnection();
                 Statement statement = connection.createStatement()) {
                statement.executeQuery("select * from " + fixture.items).close();
            } catch (SQLException e) {
                throw new IOException(e);
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        context.getFilters().add(new ScopeHeaderFilter());
        server.start();
    }

    @AfterEach
    void stopServer() throws SQLException {
        server.stop(0);
        serverThreads.shutdown();
        fixture.close();
    }

    @Test
    void recordsTheStatementsOfARequestIntoTheScopeItsHeaderNames() throws Exception {
        RecordingScope scope = QueryGuard.start();
        get(scope.headerValue());
        Recording recording = scope.stop();

        assertThat(recording.count()).isEqualTo(1);
        assertThat(recording.statements().get(0).thread()).isNotEqualTo(Thread.currentThread().getName());
    }

    @Test
    void recordsNothingForRequestsWithoutOrWithAStaleHeader() throws Exception {
        RecordingScope closed = QueryGuard.start();
        closed.stop();
        RecordingScope scope = QueryGuard.start();
        get(null);
        get(closed.headerValue());
        get("not-a-scope");
        Recording recording = scope.stop();

        assertThat(recording.count()).isZero();
    }

    private void get(String scopeHeader) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/items"));
        if (scopeHeader != null) {
            request.header(RecordingScope.HEADER, scopeHeader);
        }
        HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(204);
    }
}
