package dev.queryguard.sample.deployments;

import dev.queryguard.sample.model.Deployment;
import org.hibernate.Session;

import java.util.List;

/** Finds the deployments of a project that a {@link DeploymentQuery} asks for, in its order, one page. */
public interface DeploymentFinder {

    /**
     * Refuses a query this finder will not run, before any statement runs.
     *
     * @throws InefficientQueryException naming the combinations it accepts
     */
    void validate(DeploymentQuery query);

    /** The page of deployments, each with its environment loaded or loadable in {@code session}. */
    List<Deployment> find(Session session, long projectId, DeploymentQuery query);
}
