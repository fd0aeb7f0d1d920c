package dev.queryguard.sample.deployments;

import dev.queryguard.sample.model.Deployment;
import dev.queryguard.sample.model.Environment;

import java.time.Instant;

/**
 * A deployment as the API writes it, GitLab's fields that the sample keeps.
 *
 * @param finishedAt {@code null} while it runs
 */
public record DeploymentJson(long id, int iid, String ref, String sha, String status, String createdAt,
                             String updatedAt, String finishedAt, EnvironmentJson environment) {

    /** The deployment's environment. */
    public record EnvironmentJson(long id, String name) {
    }

    /** Reads {@code deployment} and its environment, loading the environment when it is not loaded yet. */
    static DeploymentJson of(Deployment deployment) {
        Environment environment = deployment.getEnvironment();
        return new DeploymentJson(deployment.getId(), deployment.getIid(), deployment.getRef(), deployment.getSha(),
                deployment.getStatus(), text(deployment.getCreatedAt()), text(deployment.getUpdatedAt()),
                text(deployment.getFinishedAt()),
                new EnvironmentJson(environment.getId(), environment.getName())); // environment of the deployment
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
