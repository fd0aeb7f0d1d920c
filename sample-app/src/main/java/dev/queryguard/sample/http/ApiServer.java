package dev.queryguard.sample.http;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.queryguard.http.ScopeHeaderFilter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The API on the JDK's HTTP server, on the loopback address: requests are handled on a small pool of server
 * threads, and each context records a request's statements into the QueryGuard scope its
 * {@code X-QueryGuard-Scope} header names ({@link ScopeHeaderFilter}), so tests see what their requests ran.
 * Answers are JSON; errors are {@code {"message": ...}} with their status. Thread-safe.
 */
public final class ApiServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ApiServer.class.getName());
    private static final int THREADS = 4;

    private final HttpServer server;
    private final ExecutorService threads;
    private final Router router;

    private ApiServer(HttpServer server, ExecutorService threads, Router router) {
        this.server = server;
        this.threads = threads;
        this.router = router;
    }

    /** Starts serving {@code router} on 127.0.0.1 at {@code port}; 0 picks a free port. */
    public static ApiServer start(Router router, int port) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not listen on 127.0.0.1:" + port, e);
        }
        AtomicInteger count = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS, task -> {
            Thread thread = new Thread(task, "sample-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        ApiServer api = new ApiServer(server, threads, router);
        server.setExecutor(threads);
        HttpContext context = server.createContext("/", api::handle);
        context.getFilters().add(new ScopeHeaderFilter());
        server.start();
        return api;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:<port>}. */
    public URI baseUri() {
        return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":" + port());
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            ApiResponse response;
            try {
                response = route(exchange);
            } catch (ApiException e) {
                response = new ApiResponse(e.status(), Map.of("message", e.getMessage()));
            } catch (RuntimeException | IOException e) {
                LOG.log(System.Logger.Level.ERROR, exchange.getRequestMethod() + " " + exchange.getRequestURI()
                        + " failed", e);
                response = new ApiResponse(500, Map.of("message", "500 Internal Server Error"));
            }
            send(exchange, response);
        }
    }

    private ApiResponse route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        Optional<Router.Match> match = router.match(exchange.getRequestMethod(), path);
        if (match.isEmpty()) {
            throw router.matchesPath(path) ? new ApiException(405, "405 Method Not Allowed")
                    : ApiException.notFound("Route");
        }
        ApiRequest request;
        try {
            request = new ApiRequest(exchange, match.get().parameters());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("malformed query or path: " + e.getMessage());
        }
        return match.get().handler().handle(request);
    }

    private static void send(HttpExchange exchange, ApiResponse response) throws IOException {
        byte[] body = Json.write(response.body());
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(response.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
