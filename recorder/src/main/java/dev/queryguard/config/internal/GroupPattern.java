package dev.queryguard.config.internal;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One pattern of a schema group: {@code ci.*} (a whole schema), {@code ci.ci_*} (tables of one schema),
 * {@code ci_*} or {@code *.ci_*} (tables of any schema), {@code main.packages} (one table) or {@code packages}
 * (a table name in any schema). {@code *} is the only wildcard and matches any run of characters.
 *
 * @param group  the group the pattern belongs to
 * @param schema the schema glob, or {@code null} when the pattern matches tables of any schema
 * @param table  the table-name glob
 * @param order  the declaration order of the pattern, for the last tie-break
 */
public record GroupPattern(String group, String schema, String table, int order) {

    /** Orders patterns from the most to the least specific; the first that matches a table wins. */
    public static final Comparator<GroupPattern> MOST_SPECIFIC_FIRST = Comparator
            .comparingInt(GroupPattern::rank).reversed()
            .thenComparingInt(GroupPattern::wildcards)
            .thenComparingInt(GroupPattern::order);

    private static final Pattern PART = Pattern.compile("[a-z0-9_$*]+");

    public GroupPattern {
        Objects.requireNonNull(group, "group must not be null");
        Objects.requireNonNull(table, "table must not be null");
        if (schema != null && !PART.matcher(schema).matches()) {
            throw new IllegalArgumentException("schema glob must be a-z, 0-9, _, $ and *: " + schema);
        }
        if (!PART.matcher(table).matches()) {
            throw new IllegalArgumentException("table glob must be a-z, 0-9, _, $ and *: " + table);
        }
    }

    /**
     * Parses one pattern as written in {@code queryguard.group.<name>}.
     *
     * @return the pattern, or {@code null} when the text is not a valid pattern
     */
    public static GroupPattern parse(String group, String text, int order) {
        String pattern = text.strip().toLowerCase(Locale.ROOT);
        int dot = pattern.indexOf('.');
        String schema = dot < 0 ? null : pattern.substring(0, dot);
        String table = dot < 0 ? pattern : pattern.substring(dot + 1);
        if ("*".equals(schema)) {
            schema = null;
        }
        boolean valid = (schema == null || PART.matcher(schema).matches()) && PART.matcher(table).matches();
        return valid ? new GroupPattern(group, schema, table, order) : null;
    }

    /**
     * How specific the pattern is: an exact table (4) beats a schema with a table glob (3), which beats a whole
     * schema (2), which beats any pattern that does not fix the schema (1).
     */
    public int rank() {
        if (schema == null || schema.indexOf('*') >= 0) {
            return 1;
        }
        if (table.indexOf('*') < 0) {
            return 4;
        }
        return "*".equals(table) ? 2 : 3;
    }

    /** The number of wildcards, for the tie-break between patterns of one rank. */
    public int wildcards() {
        return count(schema) + count(table);
    }

    /** Whether the pattern matches a table, given its schema ({@code null} when unqualified) and name. */
    public boolean matches(String tableSchema, String tableName) {
        if (schema != null && (tableSchema == null || !glob(schema, tableSchema))) {
            return false;
        }
        return glob(table, tableName);
    }

    /** The pattern as it would be written, for messages. */
    public String text() {
        return schema == null ? table : schema + "." + table;
    }

    private static int count(String glob) {
        return glob == null ? 0 : (int) glob.chars().filter(c -> c == '*').count();
    }

    /** Matches {@code *} against any run of characters, backtracking only to the last star. */
    static boolean glob(String glob, String text) {
        int g = 0;
        int t = 0;
        int star = -1;
        int starText = 0;
        while (t < text.length()) {
            if (g < glob.length() && glob.charAt(g) == '*') {
                star = g++;
                starText = t;
            } else if (g < glob.length() && glob.charAt(g) == text.charAt(t)) {
                g++;
                t++;
            } else if (star >= 0) {
                g = star + 1;
                t = ++starText;
            } else {
                return false;
            }
        }
        while (g < glob.length() && glob.charAt(g) == '*') {
            g++;
        }
        return g == glob.length();
    }
}
