package dev.queryguard.sample.demo;

import java.util.Objects;

/**
 * A problem the demo found in one variant: by a QueryGuard check ({@code check} is its name) or read from the
 * recording by the demo itself ({@code check} is {@code null}).
 *
 * @param check     the QueryGuard check's name ({@code external-calls-in-transaction}), or {@code null}
 * @param summary   one line a newcomer reads: {@code external call inside a transaction}
 * @param statement the first offending statement (its fingerprint) or external call
 * @param callSite  where it ran, {@code File.java:12 (Class.method)}
 * @param context   further lines, such as the transaction the call kept open; may be empty
 * @param message   the check's full message, or the demo's explanation
 */
public record DemoProblem(String check, String summary, String statement, String callSite, String context,
                          String message) {

    public DemoProblem {
        Objects.requireNonNull(summary, "summary must not be null");
        Objects.requireNonNull(statement, "statement must not be null");
        Objects.requireNonNull(callSite, "callSite must not be null");
        context = context == null ? "" : context;
        Objects.requireNonNull(message, "message must not be null");
    }

    /** Whether a QueryGuard check found it. */
    public boolean byCheck() {
        return check != null;
    }
}
