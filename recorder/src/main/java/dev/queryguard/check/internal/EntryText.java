package dev.queryguard.check.internal;

import dev.queryguard.recording.CacheEntry;

import java.util.List;
import java.util.stream.Collectors;

/** How messages show what is not SQL: cache loads and bound values. */
public final class EntryText {

    private EntryText() {
    }

    /** {@code cached ENTITY Project#1 (region dev.example.Project)}. */
    public static String of(CacheEntry load) {
        return cached(load, load.key() == null ? "" : " " + load.key());
    }

    /** The loads of one kind and region, keys left out: what groups cache loads the way fingerprints group SQL. */
    public static String shapeOf(CacheEntry load) {
        return cached(load, "");
    }

    /** {@code cached ENTITY Project#1, Project#2 (region dev.example.Project)}, with the first few keys. */
    public static String of(CacheEntry first, List<String> keys, int shown) {
        String listed = keys.stream().limit(shown).collect(Collectors.joining(", "));
        String more = keys.size() > shown ? ", ... (" + keys.size() + " keys)" : "";
        return cached(first, listed.isEmpty() ? "" : " " + listed + more);
    }

    /** {@code [1, 'one', NULL]}: strings quoted, SQL NULL as {@code NULL}. */
    public static String values(List<Object> boundValues) {
        return boundValues.stream().map(EntryText::value).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String value(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof CharSequence text) {
            return "'" + text + "'";
        }
        return value.toString();
    }

    private static String cached(CacheEntry load, String keys) {
        String region = load.region() == null ? "" : " (region " + load.region() + ")";
        return "cached " + load.kind() + keys + region;
    }
}
