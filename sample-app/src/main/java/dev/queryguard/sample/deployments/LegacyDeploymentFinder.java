package dev.queryguard.sample.deployments;

import dev.queryguard.sample.model.Deployment;
import org.hibernate.Session;
import org.hibernate.query.Query;

import java.util.List;

/**
 * The deployments finder before GitLab's fix. Asked for an environment, it joins {@code main.environments} by name
 * without the project, so the statement reads the deployments of every project that has an environment of that
 * name, and drops the other projects' rows in Java before it pages. It orders by {@code iid} whatever the filter,
 * and runs any combination. Its answers are right; what it reads is not. Stateless and thread-safe.
 */
public final class LegacyDeploymentFinder implements DeploymentFinder {

    @Override
    public void validate(DeploymentQuery query) {
        // Runs whatever it is asked.
    }

    @Override
    public List<Deployment> find(Session session, long projectId, DeploymentQuery query) {
        if (query.environment() == null) {
            Query<Deployment> deployments = session.createQuery("select d from Deployment d where d.project.id = :project"
                    + filters(query) + " order by d.iid " + query.sort().sql(), Deployment.class)
                    .setParameter("project", projectId);
            bind(deployments, query);
            return deployments.setFirstResult(query.page().offset()).setMaxResults(query.page().perPage())
                    .getResultList(); // legacy: project's deployments
        }
        Query<Deployment> byName = session.createQuery("select d from Deployment d join d.environment e"
                + " where e.name = :environment" + filters(query) + " order by d.iid " + query.sort().sql(),
                Deployment.class).setParameter("environment", query.environment());
        bind(byName, query);
        List<Deployment> everyProjects = byName.getResultList(); // legacy: deployments by environment name
        List<Deployment> ours = everyProjects.stream()
                .filter(deployment -> deployment.getProject().getId() == projectId)
                .toList();
        int from = Math.min(query.page().offset(), ours.size());
        return ours.subList(from, Math.min(from + query.page().perPage(), ours.size()));
    }

    private static String filters(DeploymentQuery query) {
        return (query.status() == null ? "" : " and d.status = :status")
                + (query.updatedAfter() == null ? "" : " and d.updatedAt >= :updatedAfter")
                + (query.updatedBefore() == null ? "" : " and d.updatedAt <= :updatedBefore");
    }

    private static void bind(Query<Deployment> deployments, DeploymentQuery query) {
        if (query.status() != null) {
            deployments.setParameter("status", query.status());
        }
        if (query.updatedAfter() != null) {
            deployments.setParameter("updatedAfter", query.updatedAfter());
        }
        if (query.updatedBefore() != null) {
            deployments.setParameter("updatedBefore", query.updatedBefore());
        }
    }
}
