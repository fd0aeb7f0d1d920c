package dev.queryguard.sample.uploads;

/** Stores an uploaded file: the package and package-file rows in the database, the bytes in object storage. */
public interface PackageUploader {

    /** A package's status once its files are stored: GitLab's {@code default}. */
    String DONE = "default";
    /** A package's status while a file is on its way to the storage. */
    String PENDING = "pending";
    /** A package's status when the storage did not take a file. */
    String ERROR = "error";

    /**
     * Writes the rows and stores the bytes.
     *
     * @throws UploadFailedException when the storage did not take the bytes
     * @throws dev.queryguard.sample.http.ApiException 404 for an unknown project
     */
    UploadJson upload(GenericUpload upload);
}
