package dev.queryguard.sample.storage;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small object store on the loopback address, the sample app's stand-in for S3 or GCS: {@code PUT /objects/<key>}
 * stores the body, {@code GET /objects/<key>} answers it. Objects live in memory until {@link #close()}.
 * Thread-safe.
 */
public final class ObjectStorageServer implements AutoCloseable {

    /** The path every object lives under: {@code /objects/<key>}. */
    public static final String PREFIX = "/objects/";

    private final HttpServer server;
    private final ExecutorService threads;
    private final Map<String, byte[]> objects = new ConcurrentHashMap<>();

    private ObjectStorageServer(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /** Starts serving on 127.0.0.1 at a free port. */
    public static ObjectStorageServer start() {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the object storage on 127.0.0.1", e);
        }
        ExecutorService threads = Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "object-storage");
            thread.setDaemon(true);
            return thread;
        });
        ObjectStorageServer storage = new ObjectStorageServer(server, threads);
        server.setExecutor(threads);
        server.createContext(PREFIX, storage::handle);
        server.start();
        return storage;
    }

    /** {@code http://127.0.0.1:<port>}: what {@link ObjectStorage} is pointed at. */
    public URI baseUri() {
        return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":"
                + server.getAddress().getPort());
    }

    /** The bytes stored under {@code key}, if any. */
    public Optional<byte[]> object(String key) {
        return Optional.ofNullable(objects.get(key)).map(byte[]::clone);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            String key = exchange.getRequestURI().getRawPath().substring(PREFIX.length());
            switch (exchange.getRequestMethod()) {
                case "PUT" -> {
                    objects.put(key, body.readAllBytes());
                    exchange.sendResponseHeaders(200, -1);
                }
                case "GET" -> {
                    byte[] object = objects.get(key);
                    if (object == null) {
                        exchange.sendResponseHeaders(404, -1);
                        return;
                    }
                    exchange.sendResponseHeaders(200, object.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(object);
                    }
                }
                default -> exchange.sendResponseHeaders(405, -1);
            }
        }
    }
}
