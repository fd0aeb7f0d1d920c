package dev.queryguard.cli.internal;

/** The configuration file named by {@code --config} cannot be used; the message names the file, line and key. */
public final class BadConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    public BadConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
