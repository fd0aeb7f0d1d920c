package dev.queryguard.sample.uploads;

import dev.queryguard.sample.storage.StorageException;

/** The object storage did not take a file; the message says what became of the package's rows. The API answers 502. */
public final class UploadFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UploadFailedException(String message, StorageException cause) {
        super(message, cause);
    }
}
