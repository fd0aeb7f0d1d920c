package dev.queryguard.sample.uploads;

import dev.queryguard.sample.http.ApiException;
import dev.queryguard.sample.model.Package;
import dev.queryguard.sample.model.Project;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

import java.time.Instant;
import java.util.List;

/** What both uploaders share: finding the package an upload adds to, and making a new one. */
final class GenericPackages {

    private GenericPackages() {
    }

    /**
     * The id of the generic package {@code upload} adds its file to, or {@code null} when it creates one; read
     * under autocommit before any transaction. 404 for an unknown project.
     */
    static Long existing(SessionFactory sessionFactory, GenericUpload upload) {
        return sessionFactory.fromSession(session -> {
            if (session.find(Project.class, upload.projectId()) == null) {
                throw ApiException.notFound("Project");
            }
            List<Long> ids = session.createQuery("select p.id from Package p where p.project.id = :project"
                            + " and p.name = :name and p.version = :version and p.packageType = 'generic'"
                            + " order by p.id", Long.class)
                    .setParameter("project", upload.projectId()).setParameter("name", upload.name())
                    .setParameter("version", upload.version()).setMaxResults(1).getResultList();
            return ids.isEmpty() ? null : ids.get(0);
        });
    }

    /** A new generic package for {@code upload}'s name and version, not persisted yet. */
    static Package create(Session session, GenericUpload upload, String status, Instant now) {
        return new Package(session.getReference(Project.class, upload.projectId()), upload.name(), upload.version(),
                "generic", status, now, now);
    }
}
