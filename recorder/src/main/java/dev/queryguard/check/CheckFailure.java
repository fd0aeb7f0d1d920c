package dev.queryguard.check;

import java.util.Objects;

/**
 * A broken rule, as every face reports it: the JUnit extension turns it into an {@code AssertionFailedError}
 * (IDEs show expected against actual), the CLI and reports print its message.
 *
 * @param check    the check's name, e.g. {@code "cross-schema"}
 * @param message  the full message, built by the check's message factory
 * @param expected what the rule allows, for IDE diffs, or {@code null}
 * @param actual   what the code did, for IDE diffs, or {@code null}
 */
public record CheckFailure(String check, String message, Object expected, Object actual) {
    public CheckFailure {
        Objects.requireNonNull(check, "check must not be null");
        Objects.requireNonNull(message, "message must not be null");
    }
}
