package dev.queryguard.sample.deployments;

import dev.queryguard.sample.flags.Feature;
import dev.queryguard.sample.flags.FeatureFlags;
import dev.queryguard.sample.flags.Variant;
import dev.queryguard.sample.http.ApiException;
import dev.queryguard.sample.http.ApiRequest;
import dev.queryguard.sample.http.ApiResponse;
import dev.queryguard.sample.http.Router;
import dev.queryguard.sample.model.Project;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

import java.util.List;

/**
 * {@code GET /api/v4/projects/{id}/deployments?environment=&status=&updated_after=&updated_before=&order_by=&sort=
 * &page=&per_page=}: a project's deployments, found by the {@link LegacyDeploymentFinder} or the
 * {@link FixedDeploymentFinder} as the {@link Feature#DEPLOYMENTS} flag says. Both answer the same JSON for the
 * combinations both accept; the fixed one refuses the others with 400. Thread-safe.
 */
public final class DeploymentsApi {

    /** The route. */
    public static final String PATH = "/api/v4/projects/{id}/deployments";

    private final SessionFactory sessionFactory;
    private final FeatureFlags flags;
    private final DeploymentFinder legacy = new LegacyDeploymentFinder();
    private final DeploymentFinder fixed = new FixedDeploymentFinder();

    private DeploymentsApi(SessionFactory sessionFactory, FeatureFlags flags) {
        this.sessionFactory = sessionFactory;
        this.flags = flags;
    }

    /** Adds the route to {@code router}. */
    public static void register(Router router, SessionFactory sessionFactory, FeatureFlags flags) {
        router.get(PATH, new DeploymentsApi(sessionFactory, flags)::list);
    }

    private ApiResponse list(ApiRequest request) {
        long projectId = request.idParameter("id");
        DeploymentQuery query = DeploymentQuery.of(request);
        DeploymentFinder finder = variant(request) == Variant.FIXED ? fixed : legacy;
        try {
            finder.validate(query);
        } catch (InefficientQueryException e) {
            throw ApiException.badRequest(InefficientQueryException.class.getSimpleName() + ": " + e.getMessage());
        }
        return ApiResponse.ok(sessionFactory.fromSession(session -> page(session, finder, projectId, query)));
    }

    private static List<DeploymentJson> page(Session session, DeploymentFinder finder, long projectId,
                                             DeploymentQuery query) {
        if (session.find(Project.class, projectId) == null) {
            throw ApiException.notFound("Project");
        }
        return finder.find(session, projectId, query).stream().map(DeploymentJson::of).toList();
    }

    private Variant variant(ApiRequest request) {
        try {
            return flags.variant(Feature.DEPLOYMENTS, request.header(FeatureFlags.HEADER));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }
}
