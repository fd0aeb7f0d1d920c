package dev.queryguard.sample.uploads;

import dev.queryguard.sample.model.Package;
import dev.queryguard.sample.model.PackageFile;
import dev.queryguard.sample.storage.ObjectStorage;
import dev.queryguard.sample.storage.StorageException;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

import java.time.Instant;

/**
 * The upload after the fix: no transaction is open while the storage works.
 * <ol>
 *   <li>One short transaction writes the rows, the package {@value #PENDING}, and commits.</li>
 *   <li>The bytes go to the object storage.</li>
 *   <li>A second short transaction marks the package {@value #DONE}; when the storage failed, {@value #ERROR},
 *       and the upload fails with an {@link UploadFailedException}. A package is never reported done without its
 *       bytes.</li>
 * </ol>
 * The package's status stands for its files: {@code main.package_files} has no status of its own, and a package
 * with a file missing from the storage is not done. Thread-safe.
 */
public final class FixedPackageUploader implements PackageUploader {

    private final SessionFactory sessionFactory;
    private final ObjectStorage storage;

    public FixedPackageUploader(SessionFactory sessionFactory, ObjectStorage storage) {
        this.sessionFactory = sessionFactory;
        this.storage = storage;
    }

    @Override
    public UploadJson upload(GenericUpload upload) {
        Long existing = GenericPackages.existing(sessionFactory, upload);
        UploadJson pending = sessionFactory.fromTransaction(session -> writePending(session, upload, existing));
        long packageId = pending.pkg().id();
        try {
            storage.put(GenericUpload.storageKey(packageId, pending.packageFile().id(), upload.fileName()),
                    upload.bytes()); // fixed: PUT after the commit
        } catch (StorageException e) {
            sessionFactory.inTransaction(session -> mark(session, packageId, ERROR));
            throw new UploadFailedException(e.getMessage() + "; package " + packageId + " (" + upload.name() + " "
                    + upload.version() + ") is marked " + ERROR, e);
        }
        sessionFactory.inTransaction(session -> mark(session, packageId, DONE));
        return pending.withStatus(DONE);
    }

    private static UploadJson writePending(Session session, GenericUpload upload, Long existing) {
        Instant now = Instant.now();
        Package pkg;
        if (existing == null) {
            pkg = GenericPackages.create(session, upload, PENDING, now);
            session.persist(pkg); // fixed: insert the package, pending
        } else {
            pkg = session.find(Package.class, existing);
            pkg.setStatus(PENDING, now);
        }
        PackageFile file = new PackageFile(pkg, upload.fileName(), upload.size(), upload.sha256());
        session.persist(file); // fixed: insert the package file
        return UploadJson.of(pkg, file);
    }

    private static void mark(Session session, long packageId, String status) {
        session.createMutationQuery("update Package p set p.status = :status, p.updatedAt = :now where p.id = :id")
                .setParameter("status", status).setParameter("now", Instant.now()).setParameter("id", packageId)
                .executeUpdate(); // fixed: mark the package
    }
}
