package dev.queryguard.sample.packages;

import dev.queryguard.sample.model.Package;

import java.util.List;

/** A package in the API, with its most recent pipelines (at most {@value PackageQueries#PIPELINES_SHOWN}). */
public record PackageJson(long id, String name, String version, String packageType, String status,
                          String createdAt, String updatedAt, List<PipelineJson> pipelines) {

    public PackageJson {
        pipelines = List.copyOf(pipelines);
    }

    static PackageJson of(Package pkg, List<PipelineJson> pipelines) {
        return new PackageJson(pkg.getId(), pkg.getName(), pkg.getVersion(), pkg.getPackageType(), pkg.getStatus(),
                pkg.getCreatedAt().toString(), pkg.getUpdatedAt().toString(), pipelines);
    }
}
