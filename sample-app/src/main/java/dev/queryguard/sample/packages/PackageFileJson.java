package dev.queryguard.sample.packages;

import dev.queryguard.sample.model.PackageFile;

import java.util.List;

/** A package file in the API, with its most recent pipelines (at most {@value PackageQueries#PIPELINES_SHOWN}). */
public record PackageFileJson(long id, long packageId, String fileName, long size, String fileSha256,
                              List<PipelineJson> pipelines) {

    public PackageFileJson {
        pipelines = List.copyOf(pipelines);
    }

    static PackageFileJson of(PackageFile file, long packageId, List<PipelineJson> pipelines) {
        return new PackageFileJson(file.getId(), packageId, file.getFileName(), file.getSize(), file.getFileSha256(),
                pipelines);
    }
}
