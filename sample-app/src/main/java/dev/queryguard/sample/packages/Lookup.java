package dev.queryguard.sample.packages;

import dev.queryguard.sample.http.ApiException;
import dev.queryguard.sample.http.Pagination;
import dev.queryguard.sample.model.Package;
import dev.queryguard.sample.model.PackageFile;
import dev.queryguard.sample.model.Project;
import org.hibernate.Session;

import java.util.List;

/** The reads both variants share: a project or package by id (404 when unknown), and pages of rows of main. */
final class Lookup {

    private Lookup() {
    }

    static Project requireProject(Session session, long projectId) {
        Project project = session.find(Project.class, projectId);
        if (project == null) {
            throw ApiException.notFound("Project");
        }
        return project;
    }

    /** The package of the project, in one statement; a second one only tells which of the two is unknown. */
    static Package requirePackage(Session session, long projectId, long packageId) {
        List<Package> found = session.createSelectionQuery(
                        "from Package p where p.id = :packageId and p.project.id = :projectId", Package.class)
                .setParameter("packageId", packageId)
                .setParameter("projectId", projectId)
                .getResultList();
        if (found.isEmpty()) {
            requireProject(session, projectId);
            throw ApiException.notFound("Package");
        }
        return found.get(0);
    }

    static List<Package> packagesPage(Session session, long projectId, Pagination page) {
        return session.createSelectionQuery(
                        "from Package p where p.project.id = :projectId order by p.createdAt desc, p.id desc",
                        Package.class)
                .setParameter("projectId", projectId)
                .setFirstResult(page.offset())
                .setMaxResults(page.perPage())
                .getResultList();
    }

    static List<PackageFile> filesPage(Session session, long packageId, Pagination page) {
        return session.createSelectionQuery("from PackageFile f where f.pkg.id = :packageId order by f.id",
                        PackageFile.class)
                .setParameter("packageId", packageId)
                .setFirstResult(page.offset())
                .setMaxResults(page.perPage())
                .getResultList();
    }
}
