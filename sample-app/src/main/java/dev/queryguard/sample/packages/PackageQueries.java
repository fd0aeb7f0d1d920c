package dev.queryguard.sample.packages;

import dev.queryguard.sample.http.Pagination;
import org.hibernate.Session;

import java.util.List;

/**
 * What the packages API reads, in one variant: {@link PackagesLegacy} or {@link PackagesFixed}. Both answer
 * the same. Each method runs in the caller's session and throws {@code ApiException} (404) for an unknown
 * project or package.
 */
interface PackageQueries {

    /** Pipelines shown per package or file: the most recent, by pipeline id. */
    int PIPELINES_SHOWN = 5;

    /** A page of the project's packages, newest first, each with its most recent pipelines. */
    List<PackageJson> packages(Session session, long projectId, Pagination page);

    /** A page of the package's files, oldest first, each with its most recent pipelines. */
    List<PackageFileJson> files(Session session, long projectId, long packageId, Pagination page);

    /** A page of the pipelines that built the package, most recent first. */
    List<PipelineJson> pipelines(Session session, long projectId, long packageId, Pagination page);
}
