package dev.queryguard.sample.uploads;

import dev.queryguard.sample.model.Package;
import dev.queryguard.sample.model.PackageFile;
import dev.queryguard.sample.storage.ObjectStorage;
import dev.queryguard.sample.storage.StorageException;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

import java.time.Instant;

/**
 * The upload before the fix: it writes the package and file rows, then sends the bytes to the object storage, all
 * in one database transaction. The transaction, its locks and its connection stay open for as long as the storage
 * takes; a slow storage drains the connection pool. Thread-safe.
 */
public final class LegacyPackageUploader implements PackageUploader {

    private final SessionFactory sessionFactory;
    private final ObjectStorage storage;

    public LegacyPackageUploader(SessionFactory sessionFactory, ObjectStorage storage) {
        this.sessionFactory = sessionFactory;
        this.storage = storage;
    }

    @Override
    public UploadJson upload(GenericUpload upload) {
        Long existing = GenericPackages.existing(sessionFactory, upload);
        try {
            return sessionFactory.fromTransaction(session -> store(session, upload, existing));
        } catch (StorageException e) {
            throw new UploadFailedException(e.getMessage() + "; the transaction rolled back, nothing was saved", e);
        }
    }

    private UploadJson store(Session session, GenericUpload upload, Long existing) {
        Package pkg;
        if (existing == null) {
            pkg = GenericPackages.create(session, upload, DONE, Instant.now());
            session.persist(pkg); // legacy: insert the package
        } else {
            pkg = session.find(Package.class, existing);
        }
        PackageFile file = new PackageFile(pkg, upload.fileName(), upload.size(), upload.sha256());
        session.persist(file); // legacy: insert the package file
        storage.put(GenericUpload.storageKey(pkg.getId(), file.getId(), upload.fileName()),
                upload.bytes()); // legacy: PUT inside the transaction
        return UploadJson.of(pkg, file);
    }
}
