package dev.queryguard.sample.seed;

import java.util.List;

/**
 * The ids of what the {@link Seeder} created, in creation order: {@code fileIds.get(p)} are the files of
 * package {@code packageIds.get(p)}, {@code pipelineIds.get(p)} the pipelines that built it.
 */
public record Seeded(long projectId, List<Long> userIds, List<Long> packageIds, List<List<Long>> fileIds,
                     List<List<Long>> pipelineIds, List<Long> environmentIds, List<Long> deploymentIds) {

    public Seeded {
        userIds = List.copyOf(userIds);
        packageIds = List.copyOf(packageIds);
        fileIds = fileIds.stream().map(List::copyOf).toList();
        pipelineIds = pipelineIds.stream().map(List::copyOf).toList();
        environmentIds = List.copyOf(environmentIds);
        deploymentIds = List.copyOf(deploymentIds);
    }

    /** The id of the first package. */
    public long firstPackageId() {
        if (packageIds.isEmpty()) {
            throw new IllegalStateException("The seed has no package");
        }
        return packageIds.get(0);
    }
}
