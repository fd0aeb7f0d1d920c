package dev.queryguard.junit.report.internal;

import java.util.List;
import java.util.Map;

/** Typed reads of parsed JSON members, failing with the member's name when the report's own format is broken. */
final class JsonFields {

    private JsonFields() {
    }

    static String string(Map<String, Object> json, String name) {
        return as(json, name, String.class);
    }

    static String optionalString(Map<String, Object> json, String name) {
        return json.get(name) == null ? null : string(json, name);
    }

    static long number(Map<String, Object> json, String name) {
        return as(json, name, Long.class);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Map<String, Object> json, String name) {
        return as(json, name, Map.class);
    }

    @SuppressWarnings("unchecked")
    static List<Object> array(Map<String, Object> json, String name) {
        return as(json, name, List.class);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> objects(Map<String, Object> json, String name) {
        List<Object> array = array(json, name);
        for (Object element : array) {
            if (!(element instanceof Map)) {
                throw new IllegalArgumentException("member '" + name + "' must hold objects only");
            }
        }
        return (List<Map<String, Object>>) (List<?>) array;
    }

    static List<String> strings(Map<String, Object> json, String name) {
        List<Object> array = array(json, name);
        for (Object element : array) {
            if (!(element instanceof String)) {
                throw new IllegalArgumentException("member '" + name + "' must hold strings only");
            }
        }
        return array.stream().map(String.class::cast).toList();
    }

    private static <T> T as(Map<String, Object> json, String name, Class<T> type) {
        Object value = json.get(name);
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("member '" + name + "' must be a " + type.getSimpleName() + ", was "
                    + (value == null ? "missing" : value.getClass().getSimpleName()));
        }
        return type.cast(value);
    }
}
