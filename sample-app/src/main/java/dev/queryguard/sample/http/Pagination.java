package dev.queryguard.sample.http;

/**
 * The page a list request asks for with {@code page} (from 1) and {@code per_page} (default
 * {@value #DEFAULT_PER_PAGE}); like GitLab, a {@code per_page} above {@value #MAX_PER_PAGE} is served as
 * {@value #MAX_PER_PAGE}.
 */
public record Pagination(int page, int perPage) {

    public static final int DEFAULT_PER_PAGE = 20;
    public static final int MAX_PER_PAGE = 100;

    public Pagination {
        if (page < 1) {
            throw new IllegalArgumentException("page must be at least 1: " + page);
        }
        if (perPage < 1 || perPage > MAX_PER_PAGE) {
            throw new IllegalArgumentException("perPage must be between 1 and " + MAX_PER_PAGE + ": " + perPage);
        }
    }

    /** The pagination {@code request} asks for. */
    public static Pagination of(ApiRequest request) {
        int page = request.intParameter("page", 1);
        int perPage = request.intParameter("per_page", DEFAULT_PER_PAGE);
        if (page < 1) {
            throw ApiException.badRequest("page must be at least 1: " + page);
        }
        if (perPage < 1) {
            throw ApiException.badRequest("per_page must be at least 1: " + perPage);
        }
        return new Pagination(page, Math.min(perPage, MAX_PER_PAGE));
    }

    /** The index of the page's first row. */
    public int offset() {
        return (page - 1) * perPage;
    }
}
