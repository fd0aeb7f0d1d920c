package dev.queryguard.analysis;

import java.util.Objects;

/**
 * A table a statement touches, by its normalized name ({@code schema.table}, lower case, unquoted; just
 * {@code table} when neither the SQL nor the configured default schema names a schema).
 *
 * @param name  the normalized name
 * @param group the schema group the table belongs to, or {@code null} when it belongs to none
 */
public record TableRef(String name, String group) {
    public TableRef {
        Objects.requireNonNull(name, "name must not be null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
    }
}
