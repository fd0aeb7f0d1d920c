package dev.queryguard.sample.packages;

import dev.queryguard.sample.model.Pipeline;

/** A pipeline in the API, with the user who triggered it ({@code null} when there is none). */
public record PipelineJson(long id, long projectId, String ref, String sha, String status, String createdAt,
                           String updatedAt, UserJson user) {

    /** The pipeline's fields with {@code user}, which the caller loaded its own way. */
    static PipelineJson of(Pipeline pipeline, UserJson user) {
        return new PipelineJson(pipeline.getId(), pipeline.getProjectId(), pipeline.getRef(), pipeline.getSha(),
                pipeline.getStatus(), pipeline.getCreatedAt().toString(), pipeline.getUpdatedAt().toString(), user);
    }
}
