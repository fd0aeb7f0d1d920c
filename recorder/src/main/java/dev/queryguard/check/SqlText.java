package dev.queryguard.check;

import dev.queryguard.recording.CallSite;

/** How messages show SQL and call sites: the normalized statement, cut at a stated length. */
public final class SqlText {

    /** Messages show at most this many characters of a statement. */
    public static final int MAX_LENGTH = 200;

    private SqlText() {
    }

    /** The statement cut at {@link #MAX_LENGTH} characters, saying how much was cut. */
    public static String shorten(String sql) {
        String oneLine = sql.strip().replaceAll("\\s+", " ");
        if (oneLine.length() <= MAX_LENGTH) {
            return oneLine;
        }
        return oneLine.substring(0, MAX_LENGTH) + "... (" + (oneLine.length() - MAX_LENGTH) + " more characters)";
    }

    /** {@code PackageService.java:57 (PackageService.pipelinesOf)}, or a note that call sites are off. */
    public static String at(CallSite callSite) {
        return callSite == null ? "(call site not recorded: queryguard.callSites=false)" : callSite.toString();
    }
}
