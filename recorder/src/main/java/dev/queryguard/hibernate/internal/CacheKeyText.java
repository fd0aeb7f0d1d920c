package dev.queryguard.hibernate.internal;

import java.util.Arrays;

/**
 * Writes the key of a cache hit as users read it in a report: {@code Package#42} for an entity,
 * {@code Package.versions#42} for a collection, {@code Package#[gitlab, 1.0]} for a natural id, and the query
 * text with its whitespace collapsed for a query.
 */
final class CacheKeyText {

    private CacheKeyText() {
    }

    /**
     * The key of an entity or natural-id hit.
     *
     * @param entityName the entity's (qualified) name
     * @param id         the entity id or natural-id values; null when unknown, which leaves the key at the name
     */
    static String entity(String entityName, Object id) {
        return withId(unqualified(entityName), id);
    }

    /**
     * The key of a collection hit.
     *
     * @param role            the collection role, {@code com.example.Package.versions}
     * @param ownerEntityName the owning entity's name, {@code com.example.Package}; null when unknown
     * @param ownerKey        the owner's key; null when unknown, which leaves the key at the role
     */
    static String collection(String role, String ownerEntityName, Object ownerKey) {
        String readable = ownerEntityName != null && role.startsWith(ownerEntityName + ".")
                ? unqualified(ownerEntityName) + role.substring(ownerEntityName.length())
                : role;
        return withId(readable, ownerKey);
    }

    /** The key of a query hit: the HQL or SQL on one line (the recorder cuts it to its length). */
    static String query(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static String withId(String name, Object id) {
        return id == null ? name : name + "#" + idText(id);
    }

    private static String idText(Object id) {
        if (id instanceof Object[] values) {
            // A natural id read from the cache is an array even when it has a single attribute.
            return values.length == 1 ? String.valueOf(values[0]) : Arrays.deepToString(values);
        }
        return String.valueOf(id);
    }

    private static String unqualified(String name) {
        return name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf('$')) + 1);
    }
}
