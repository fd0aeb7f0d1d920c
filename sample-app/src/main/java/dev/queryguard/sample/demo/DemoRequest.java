package dev.queryguard.sample.demo;

import java.util.Objects;

/**
 * One request of the demo: {@code method} on {@code path} (under the server's root, with its query), with a body
 * for {@code PUT}. Immutable.
 */
public record DemoRequest(String method, String path, byte[] body) {

    public DemoRequest {
        Objects.requireNonNull(method, "method must not be null");
        if (!path.startsWith("/api/v4/")) {
            throw new IllegalArgumentException("path must start with /api/v4/: " + path);
        }
        body = body == null ? new byte[0] : body.clone();
    }

    public static DemoRequest get(String path) {
        return new DemoRequest("GET", path, null);
    }

    public static DemoRequest put(String path, byte[] body) {
        return new DemoRequest("PUT", path, body);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}
