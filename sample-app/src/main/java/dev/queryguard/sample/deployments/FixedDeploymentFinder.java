package dev.queryguard.sample.deployments;

import dev.queryguard.sample.deployments.DeploymentQuery.OrderBy;
import dev.queryguard.sample.model.Deployment;
import org.hibernate.Session;
import org.hibernate.query.Query;

import java.util.List;

/**
 * GitLab's {@code DeploymentsFinder} after the fix: every statement is scoped to the project and ordered the way an
 * index of {@code main.deployments} reads. The environment is resolved by a subquery on
 * {@code (project_id, name)}, the unique key of {@code main.environments}; each deployment's environment comes in
 * the same statement.
 *
 * <p>The rule for {@code order_by} (GitLab's {@code validate!} and {@code optimize_sort_params!}):
 * <ul>
 *   <li>An {@code updated_after} or {@code updated_before} filter orders by {@code updated_at, id}, read in order
 *       from {@code (project_id, environment_id, updated_at, id)} or {@code (project_id, updated_at, id)}. Without
 *       {@code order_by} the order is implied; {@code order_by=updated_at} says it; any other {@code order_by} is
 *       refused with an {@link InefficientQueryException}: filtering on one column and sorting on another sorts
 *       every matching row before the first page (GitLab issue 325627).</li>
 *   <li>Without an {@code updated_*} filter, {@code order_by=updated_at} orders by {@code updated_at, id}, and
 *       {@code id} (the default), {@code iid} and {@code created_at} order by {@code id}: the three agree, since
 *       a project numbers its deployments as it creates them.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class FixedDeploymentFinder implements DeploymentFinder {

    static final String ALLOWED = "Allowed: updated_after/updated_before with order_by=updated_at or without"
            + " order_by (ordered by updated_at, id); without them, order_by=id, iid, created_at (ordered by id)"
            + " or updated_at (ordered by updated_at, id).";

    @Override
    public void validate(DeploymentQuery query) {
        if (query.filtersByUpdatedAt() && query.orderBy() != null && query.orderBy() != OrderBy.UPDATED_AT) {
            throw new InefficientQueryException("`updated_at` filter requires `updated_at` sort: no index serves "
                    + query.updatedAtFilters() + " with order_by=" + query.orderBy().parameterValue() + ". "
                    + ALLOWED);
        }
    }

    @Override
    public List<Deployment> find(Session session, long projectId, DeploymentQuery query) {
        validate(query);
        String direction = query.sort().sql();
        String order = ordersByUpdatedAt(query) ? " order by d.updatedAt " + direction + ", d.id " + direction
                : " order by d.id " + direction;
        Query<Deployment> deployments = session.createQuery("select d from Deployment d join fetch d.environment"
                + " where d.project.id = :project"
                + (query.environment() == null ? "" : " and fk(d.environment) = (select e.id from Environment e"
                        + " where e.project.id = :project and e.name = :environment)")
                + (query.status() == null ? "" : " and d.status = :status")
                + (query.updatedAfter() == null ? "" : " and d.updatedAt >= :updatedAfter")
                + (query.updatedBefore() == null ? "" : " and d.updatedAt <= :updatedBefore")
                + order, Deployment.class)
                .setParameter("project", projectId);
        if (query.environment() != null) {
            deployments.setParameter("environment", query.environment());
        }
        if (query.status() != null) {
            deployments.setParameter("status", query.status());
        }
        if (query.updatedAfter() != null) {
            deployments.setParameter("updatedAfter", query.updatedAfter());
        }
        if (query.updatedBefore() != null) {
            deployments.setParameter("updatedBefore", query.updatedBefore());
        }
        return deployments.setFirstResult(query.page().offset()).setMaxResults(query.page().perPage())
                .getResultList(); // fixed: one page, scoped to the project
    }

    private static boolean ordersByUpdatedAt(DeploymentQuery query) {
        return query.filtersByUpdatedAt() || query.orderBy() == OrderBy.UPDATED_AT;
    }
}
