package dev.queryguard.cli.internal;

/** The command line or the input file it names cannot be used; the message says why in a short phrase. */
public final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
