package dev.queryguard.check.internal;

import dev.queryguard.check.SqlText;
import dev.queryguard.check.StatementFilter;
import dev.queryguard.recording.CacheEntry;
import dev.queryguard.recording.CallSite;
import dev.queryguard.recording.RecordedEntry;
import dev.queryguard.recording.Recording;
import dev.queryguard.recording.StatementEntry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Groups the counted entries of a recording by shape, so messages and diffs ignore bound values and keys. */
public final class Shapes {

    /** Cache keys shown per group of cache loads. */
    static final int KEYS_SHOWN = 3;

    private Shapes() {
    }

    /** The shapes of the entries {@code filter} counts, in the order each shape first appeared. */
    public static List<Shape> of(Recording recording, StatementFilter filter) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (RecordedEntry entry : recording.entries()) {
            if (entry instanceof StatementEntry statement && filter.counts(statement)) {
                groups.computeIfAbsent(statement.fingerprint(),
                        key -> new Group(key, null, statement.callSite())).add(null);
            } else if (entry instanceof CacheEntry load && filter.counts(load)) {
                groups.computeIfAbsent(EntryText.shapeOf(load), key -> new Group(key, load, load.callSite()))
                        .add(load.key());
            }
        }
        return groups.values().stream().map(Group::toShape).toList();
    }

    /** The same shapes, most executions first; ties keep their order of appearance. */
    public static List<Shape> mostFrequentFirst(List<Shape> shapes) {
        List<Shape> sorted = new ArrayList<>(shapes);
        sorted.sort(Comparator.comparingLong(Shape::count).reversed());
        return sorted;
    }

    /** The number of counted executions over all shapes. */
    public static long total(List<Shape> shapes) {
        return shapes.stream().mapToLong(Shape::count).sum();
    }

    /**
     * What {@code filter} counts in {@code recording}: exact past the recording's cap on kept entries, unless
     * patterns must be matched, which only the kept entries can be.
     */
    public static long count(Recording recording, StatementFilter filter, List<Shape> shapes) {
        if (filter.hasPatterns()) {
            return total(shapes);
        }
        long statements = filter.kinds().stream().mapToLong(recording::count).sum();
        return statements + (filter.countsCacheLoads() ? recording.cachedCount() : 0);
    }

    private static final class Group {
        private final String key;
        private final CacheEntry firstLoad;
        private final CallSite firstAt;
        private final Set<String> cacheKeys = new LinkedHashSet<>();
        private long count;

        Group(String key, CacheEntry firstLoad, CallSite firstAt) {
            this.key = key;
            this.firstLoad = firstLoad;
            this.firstAt = firstAt;
        }

        void add(String cacheKey) {
            count++;
            if (cacheKey != null) {
                cacheKeys.add(cacheKey);
            }
        }

        Shape toShape() {
            String text = firstLoad == null
                    ? SqlText.shorten(key)
                    : EntryText.of(firstLoad, List.copyOf(cacheKeys), KEYS_SHOWN);
            return new Shape(key, text, count, firstAt);
        }
    }
}
