package dev.queryguard.sample.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.queryguard.recording.RecordingScope;
import dev.queryguard.sample.SampleApp;
import dev.queryguard.sample.flags.FeatureFlags;
import dev.queryguard.sample.flags.Variant;
import dev.queryguard.sample.http.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tests' client of the sample app's API: requests choose their variant ({@value FeatureFlags#HEADER}) and
 * may name the QueryGuard scope that records what the server runs for them ({@value RecordingScope#HEADER}).
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * ApiClient.of(app).variant(Variant.FIXED).scope(recorder.testScope().headerValue()).get("/projects/1/packages");
 * }</pre>
 */
public final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final URI base;
    private final Map<String, String> headers;

    private ApiClient(URI base, Map<String, String> headers) {
        this.base = base;
        this.headers = headers;
    }

    public static ApiClient of(SampleApp app) {
        return new ApiClient(app.baseUri(), Map.of());
    }

    /** Requests the {@code variant}; without it the app's flags choose. */
    public ApiClient variant(Variant variant) {
        return header(FeatureFlags.HEADER, variant.headerValue());
    }

    /** Names the scope, by its {@code headerValue()}, that records what the server runs for the requests. */
    public ApiClient scope(String headerValue) {
        return header(RecordingScope.HEADER, headerValue);
    }

    /** Sends header {@code name} with {@code value}, replacing an earlier value. */
    public ApiClient header(String name, String value) {
        Map<String, String> more = new TreeMap<>(headers);
        more.put(name, value);
        return new ApiClient(base, Map.copyOf(more));
    }

    /** {@code GET /api/v4<path>}. */
    public Response get(String path) {
        return send(HttpRequest.newBuilder(base.resolve("/api/v4" + path)).GET());
    }

    /** A request of the caller's making, {@code path} under {@code /api/v4}. */
    public Response send(String method, String path, HttpRequest.BodyPublisher body) {
        return send(HttpRequest.newBuilder(base.resolve("/api/v4" + path)).method(method, body));
    }

    private Response send(HttpRequest.Builder request) {
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A status and a JSON body. */
    public record Response(int status, String body) {

        public JsonNode json() {
            try {
                return Json.mapper().readTree(body);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Not JSON (status " + status + "): " + body, e);
            }
        }

        /** The JSON body of a 200 answer; fails naming the status and body otherwise. */
        public JsonNode ok() {
            if (status != 200) {
                throw new AssertionError("Expected 200 but got " + status + ": " + body);
            }
            return json();
        }
    }
}
