package dev.queryguard.sample.packages;

import dev.queryguard.sample.http.Pagination;
import dev.queryguard.sample.model.Package;
import dev.queryguard.sample.model.PackageFile;
import org.hibernate.Session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packages API with GitLab's fix: the rows of each schema group are read in statements of their own, a
 * constant number whatever the page size. The pipeline ids come from {@code main}'s build infos, the pipelines
 * from {@code ci} by id in one statement, their users from {@code main} in one more ({@link PipelinesById}).
 */
final class PackagesFixed implements PackageQueries {

    @Override
    public List<PackageJson> packages(Session session, long projectId, Pagination page) {
        Lookup.requireProject(session, projectId);
        List<Package> packages = Lookup.packagesPage(session, projectId, page);
        Map<Long, List<Long>> pipelineIds =
                RecentBuilds.PACKAGES.pipelineIds(session, packages.stream().map(Package::getId).toList());
        Map<Long, PipelineJson> pipelines = PipelinesById.load(session, allOf(pipelineIds));
        List<PackageJson> json = new ArrayList<>();
        for (Package pkg : packages) {
            json.add(PackageJson.of(pkg, pick(pipelines, pipelineIds.getOrDefault(pkg.getId(), List.of()))));
        }
        return json;
    }

    @Override
    public List<PackageFileJson> files(Session session, long projectId, long packageId, Pagination page) {
        Package pkg = Lookup.requirePackage(session, projectId, packageId);
        List<PackageFile> files = Lookup.filesPage(session, pkg.getId(), page);
        Map<Long, List<Long>> pipelineIds =
                RecentBuilds.FILES.pipelineIds(session, files.stream().map(PackageFile::getId).toList());
        Map<Long, PipelineJson> pipelines = PipelinesById.load(session, allOf(pipelineIds));
        List<PackageFileJson> json = new ArrayList<>();
        for (PackageFile file : files) {
            json.add(PackageFileJson.of(file, pkg.getId(),
                    pick(pipelines, pipelineIds.getOrDefault(file.getId(), List.of()))));
        }
        return json;
    }

    @Override
    public List<PipelineJson> pipelines(Session session, long projectId, long packageId, Pagination page) {
        Lookup.requirePackage(session, projectId, packageId);
        List<Long> ids = session.createSelectionQuery("select bi.pipelineId from PackageBuildInfo bi"
                        + " where bi.pkg.id = :packageId order by bi.pipelineId desc", Long.class)
                .setParameter("packageId", packageId)
                .setFirstResult(page.offset())
                .setMaxResults(page.perPage())
                .getResultList();
        return pick(PipelinesById.load(session, ids), ids);
    }

    private static List<Long> allOf(Map<Long, List<Long>> idsByOwner) {
        return idsByOwner.values().stream().flatMap(List::stream).distinct().toList();
    }

    /** The pipelines with {@code ids}, in that order; a build info whose pipeline is gone is skipped. */
    private static List<PipelineJson> pick(Map<Long, PipelineJson> pipelines, List<Long> ids) {
        return ids.stream().map(pipelines::get).filter(pipeline -> pipeline != null).toList();
    }
}
