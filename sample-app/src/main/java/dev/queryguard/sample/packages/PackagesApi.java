package dev.queryguard.sample.packages;

import dev.queryguard.sample.flags.Feature;
import dev.queryguard.sample.flags.FeatureFlags;
import dev.queryguard.sample.flags.Variant;
import dev.queryguard.sample.http.ApiException;
import dev.queryguard.sample.http.ApiRequest;
import dev.queryguard.sample.http.ApiResponse;
import dev.queryguard.sample.http.Pagination;
import dev.queryguard.sample.http.Router;
import org.hibernate.SessionFactory;

/**
 * The packages endpoints, each answered by the variant that the {@link Feature#PACKAGES} flag or the request's
 * {@value FeatureFlags#HEADER} header chooses:
 * <ul>
 *   <li>{@code GET /api/v4/projects/{id}/packages?page=&per_page=}</li>
 *   <li>{@code GET /api/v4/projects/{id}/packages/{package_id}/package_files?page=&per_page=}</li>
 *   <li>{@code GET /api/v4/projects/{id}/packages/{package_id}/pipelines?page=&per_page=}</li>
 * </ul>
 * Each request reads in a transaction of its own. Thread-safe.
 */
public final class PackagesApi {

    private final SessionFactory sessionFactory;
    private final FeatureFlags flags;
    private final PackageQueries legacy = new PackagesLegacy();
    private final PackageQueries fixed = new PackagesFixed();

    public PackagesApi(SessionFactory sessionFactory, FeatureFlags flags) {
        this.sessionFactory = sessionFactory;
        this.flags = flags;
    }

    /** Adds the endpoints to {@code router}. */
    public void routes(Router router) {
        router.get("/api/v4/projects/{id}/packages", this::packages);
        router.get("/api/v4/projects/{id}/packages/{package_id}/package_files", this::files);
        router.get("/api/v4/projects/{id}/packages/{package_id}/pipelines", this::pipelines);
    }

    private ApiResponse packages(ApiRequest request) {
        long projectId = request.idParameter("id");
        Pagination page = Pagination.of(request);
        PackageQueries queries = variant(request);
        return ApiResponse.ok(sessionFactory.fromTransaction(session -> queries.packages(session, projectId, page)));
    }

    private ApiResponse files(ApiRequest request) {
        long projectId = request.idParameter("id");
        long packageId = request.idParameter("package_id");
        Pagination page = Pagination.of(request);
        PackageQueries queries = variant(request);
        return ApiResponse.ok(sessionFactory.fromTransaction(
                session -> queries.files(session, projectId, packageId, page)));
    }

    private ApiResponse pipelines(ApiRequest request) {
        long projectId = request.idParameter("id");
        long packageId = request.idParameter("package_id");
        Pagination page = Pagination.of(request);
        PackageQueries queries = variant(request);
        return ApiResponse.ok(sessionFactory.fromTransaction(
                session -> queries.pipelines(session, projectId, packageId, page)));
    }

    private PackageQueries variant(ApiRequest request) {
        Variant variant;
        try {
            variant = flags.variant(Feature.PACKAGES, request.header(FeatureFlags.HEADER));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        return variant == Variant.FIXED ? fixed : legacy;
    }
}
