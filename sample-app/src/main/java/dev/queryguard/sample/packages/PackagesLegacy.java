package dev.queryguard.sample.packages;

import dev.queryguard.sample.http.Pagination;
import dev.queryguard.sample.model.Package;
import dev.queryguard.sample.model.PackageFile;
import dev.queryguard.sample.model.Pipeline;
import dev.queryguard.sample.model.User;
import org.hibernate.Session;

import java.util.ArrayList;
import java.util.List;

/**
 * The packages API as it was first written: it navigates the entities' associations, as Rails'
 * {@code has_many :pipelines, through: :build_infos} does. Every package and file loads its pipelines on its
 * own, each load joining {@code ci.ci_pipelines} to a {@code main} table, and every pipeline loads its user on
 * its own: N+1 statements that join two schema groups. QueryGuard's tests catch both.
 */
final class PackagesLegacy implements PackageQueries {

    @Override
    public List<PackageJson> packages(Session session, long projectId, Pagination page) {
        Lookup.requireProject(session, projectId);
        List<PackageJson> packages = new ArrayList<>();
        for (Package pkg : Lookup.packagesPage(session, projectId, page)) {
            packages.add(PackageJson.of(pkg, recentPipelines(pkg.getPipelines())));
        }
        return packages;
    }

    @Override
    public List<PackageFileJson> files(Session session, long projectId, long packageId, Pagination page) {
        Package pkg = Lookup.requirePackage(session, projectId, packageId);
        List<PackageFileJson> files = new ArrayList<>();
        for (PackageFile file : Lookup.filesPage(session, pkg.getId(), page)) {
            files.add(PackageFileJson.of(file, pkg.getId(), recentPipelines(file.getPipelines())));
        }
        return files;
    }

    @Override
    public List<PipelineJson> pipelines(Session session, long projectId, long packageId, Pagination page) {
        Lookup.requirePackage(session, projectId, packageId);
        List<Pipeline> pipelines = session.createSelectionQuery("select pl from Package p join p.pipelines pl"
                        + " left join fetch pl.user where p.id = :packageId order by pl.id desc", Pipeline.class)
                .setParameter("packageId", packageId)
                .setFirstResult(page.offset())
                .setMaxResults(page.perPage())
                .getResultList(); // joins ci.ci_pipelines to main's packages, build infos, users
        List<PipelineJson> json = new ArrayList<>();
        for (Pipeline pipeline : pipelines) {
            json.add(PipelineJson.of(pipeline, userOf(pipeline)));
        }
        return json;
    }

    /** The first {@value #PIPELINES_SHOWN} of a lazy collection ordered most recent first. */
    private static List<PipelineJson> recentPipelines(List<Pipeline> pipelines) {
        List<PipelineJson> recent = new ArrayList<>();
        for (Pipeline pipeline : pipelines) { // loads the pipelines of one package or file: a join across groups
            if (recent.size() == PIPELINES_SHOWN) {
                break;
            }
            recent.add(PipelineJson.of(pipeline, userOf(pipeline)));
        }
        return recent;
    }

    private static UserJson userOf(Pipeline pipeline) {
        User user = pipeline.getUser();
        if (user == null) {
            return null;
        }
        String username = user.getUsername(); // loads the pipeline's user, unless the session has it already
        return new UserJson(user.getId(), username, user.getName());
    }
}
