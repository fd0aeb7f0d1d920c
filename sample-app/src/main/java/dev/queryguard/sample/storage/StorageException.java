package dev.queryguard.sample.storage;

import java.net.URI;

/** The object storage did not store an object: it answered an error status, or could not be reached. */
public final class StorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient URI uri;

    public StorageException(URI uri, String problem, Throwable cause) {
        super(problem, cause);
        this.uri = uri;
    }

    /** The object's URL. */
    public URI uri() {
        return uri;
    }
}
