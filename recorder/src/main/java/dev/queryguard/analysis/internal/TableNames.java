package dev.queryguard.analysis.internal;

import java.util.Locale;

/**
 * Normalizes table names: unquoted, lower case, {@code schema.table}, with the configured default schema for
 * unqualified names. A database or catalog part ({@code db.schema.table}) is dropped: schema groups are about
 * schemas.
 */
public final class TableNames {

    private TableNames() {
    }

    /**
     * Returns the normalized name of a table.
     *
     * @param schema        the schema as written (quoted or not), or {@code null} or empty when unqualified
     * @param table         the table name as written
     * @param defaultSchema the schema of unqualified names, or {@code null} to leave them bare
     * @return {@code schema.table}, or {@code table} when no schema applies; {@code null} for an empty name
     */
    public static String qualified(String schema, String table, String defaultSchema) {
        String name = unquote(table);
        if (name.isEmpty()) {
            return null;
        }
        String schemaName = schema == null ? "" : unquote(schema);
        if (schemaName.isEmpty()) {
            schemaName = defaultSchema == null ? "" : defaultSchema;
        }
        return schemaName.isEmpty() ? name : schemaName + "." + name;
    }

    /** Strips one level of {@code "..."}, {@code `...`} or {@code [...]} quoting and lower-cases the name. */
    public static String unquote(String identifier) {
        String name = identifier.strip();
        if (name.length() >= 2) {
            char first = name.charAt(0);
            char last = name.charAt(name.length() - 1);
            if (first == '"' && last == '"' || first == '`' && last == '`' || first == '[' && last == ']') {
                name = name.substring(1, name.length() - 1);
                if (first != '[') {
                    name = name.replace(String.valueOf(first) + first, String.valueOf(first));
                }
            }
        }
        return name.toLowerCase(Locale.ROOT);
    }
}
