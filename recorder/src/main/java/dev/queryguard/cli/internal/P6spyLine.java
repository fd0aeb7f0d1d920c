package dev.queryguard.cli.internal;

import java.util.Set;

/**
 * One line of p6spy's default log format, {@code time|elapsed|category|connection N|url URL|sql|sqlWithValues}.
 * Immutable.
 *
 * <p>The two SQL fields may themselves contain {@code |} (string literals, the {@code ||} operator), so after
 * the five fixed fields the rest is split where p6spy joined them: at the {@code |} with the longest SQL before
 * it that, with each {@code ?} standing for any value, reproduces the text after it, because that is how p6spy
 * derives {@code sqlWithValues} (it replaces each {@code ?} in turn). When no {@code |} explains the rest this
 * way (a hand-edited or foreign line), the SQL ends at the first lone {@code |} outside single quotes.
 *
 * @param category the p6spy category, such as {@code statement} or {@code commit}
 * @param sql      the SQL as prepared, with {@code ?} for bind values; empty for commits and rollbacks
 */
public record P6spyLine(String category, String sql) {

    private static final Set<String> CATEGORIES = Set.of("statement", "batch", "commit", "rollback", "result",
            "resultset", "debug", "info", "error", "warn", "outage");
    private static final int FIXED_FIELDS = 5;

    /** Returns the line's parts, or {@code null} when the line is not in p6spy's format. */
    public static P6spyLine parse(String line) {
        String[] fields = line.split("\\|", FIXED_FIELDS + 1);
        if (!hasFixedFields(fields) || fields.length <= FIXED_FIELDS || fields[FIXED_FIELDS].indexOf('|') < 0) {
            return null;
        }
        return new P6spyLine(fields[2], sqlOf(fields[FIXED_FIELDS]));
    }

    /**
     * Whether {@code line} starts like a p6spy line: numeric time and elapsed, a known category and the
     * connection and url fields; it need not be complete.
     */
    public static boolean startsLikeP6spy(String line) {
        return hasFixedFields(line.split("\\|", FIXED_FIELDS + 1));
    }

    /** Whether this line reports a statement run, rather than a commit, a result or a message. */
    public boolean isExecution() {
        return category.equals("statement") || category.equals("batch");
    }

    private static boolean hasFixedFields(String[] fields) {
        return fields.length >= FIXED_FIELDS
                && isNumber(fields[0]) && isNumber(fields[1]) && CATEGORIES.contains(fields[2]);
    }

    private static boolean isNumber(String field) {
        return !field.isEmpty() && field.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Splits {@code sql|sqlWithValues} and returns the first part, as the class comment explains. */
    static String sqlOf(String rest) {
        for (int bar = rest.lastIndexOf('|'); bar >= 0; bar = rest.lastIndexOf('|', bar - 1)) {
            if (BindTemplate.matches(rest.substring(0, bar), rest.substring(bar + 1))) {
                return rest.substring(0, bar);
            }
        }
        return rest.substring(0, firstLoneBarOutsideQuotes(rest));
    }

    private static int firstLoneBarOutsideQuotes(String rest) {
        boolean quoted = false;
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (c == '|' && !quoted) {
                boolean paired = i + 1 < rest.length() && rest.charAt(i + 1) == '|'
                        || i > 0 && rest.charAt(i - 1) == '|';
                if (!paired) {
                    return i;
                }
            }
        }
        return rest.indexOf('|');
    }
}
