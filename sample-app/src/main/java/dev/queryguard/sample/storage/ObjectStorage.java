package dev.queryguard.sample.storage;

import dev.queryguard.QueryGuard;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;

/**
 * The client of the object storage: stores a package file's bytes with an HTTP {@code PUT} to
 * {@code <base>/objects/<key>}. The storage is the app's own {@link ObjectStorageServer} unless the
 * {@value #PROPERTY} system property points elsewhere. Thread-safe.
 */
public final class ObjectStorage {

    /** The system property naming the storage's base URL, e.g. {@code http://127.0.0.1:9000}. */
    public static final String PROPERTY = "sample.storage.url";

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final HttpClient http;

    public ObjectStorage(URI base) {
        this.base = Objects.requireNonNull(base, "base must not be null");
        // An HttpClient keeps the proxy selector of its birth: QueryGuard must watch first to see the uploads.
        QueryGuard.watchExternalCalls();
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    public URI baseUri() {
        return base;
    }

    /** The URL of the object stored under {@code key}. */
    public URI uri(String key) {
        return base.resolve(ObjectStorageServer.PREFIX + key);
    }

    /**
     * Stores {@code bytes} under {@code key} (letters, digits, {@code /._~+-}).
     *
     * @throws StorageException when the storage answers anything but 2xx or cannot be reached
     */
    public void put(String key, byte[] bytes) {
        URI uri = uri(key);
        HttpRequest put = HttpRequest.newBuilder(uri).timeout(TIMEOUT).PUT(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        HttpResponse<Void> response;
        try {
            response = http.send(put, HttpResponse.BodyHandlers.discarding()); // storage: PUT
        } catch (IOException e) {
            throw new StorageException(uri, "could not reach the object storage for PUT " + uri + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException(uri, "interrupted during PUT " + uri, e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new StorageException(uri, "object storage answered " + response.statusCode() + " to PUT " + uri,
                    null);
        }
    }
}
