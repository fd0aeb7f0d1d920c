package dev.queryguard.sample.http;

/** What a {@link Handler} answers: a status and a body that {@link Json} writes. */
public record ApiResponse(int status, Object body) {

    public ApiResponse {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status must be an HTTP status: " + status);
        }
    }

    public static ApiResponse ok(Object body) {
        return new ApiResponse(200, body);
    }

    public static ApiResponse created(Object body) {
        return new ApiResponse(201, body);
    }
}
