package dev.queryguard.sample.deployments;

/**
 * A deployments query that no index serves, refused before it runs: GitLab's
 * {@code DeploymentsFinder::InefficientQueryError}. The API answers it with 400.
 */
public final class InefficientQueryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InefficientQueryException(String message) {
        super(message);
    }
}
