package dev.queryguard.sample.http;

/**
 * A request the API refuses, answered with {@code status} and {@code {"message": ...}}: an unknown project or
 * package (404), a bad parameter (400).
 */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public ApiException(int status, String message) {
        super(message);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("status must be an HTTP error status: " + status);
        }
        this.status = status;
    }

    /** 404 with GitLab's wording: {@code 404 Project Not Found}. */
    public static ApiException notFound(String what) {
        return new ApiException(404, "404 " + what + " Not Found");
    }

    /** 400 with GitLab's wording: {@code 400 Bad request - per_page must be a number: x}. */
    public static ApiException badRequest(String problem) {
        return new ApiException(400, "400 Bad request - " + problem);
    }

    public int status() {
        return status;
    }
}
