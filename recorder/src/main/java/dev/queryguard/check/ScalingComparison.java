package dev.queryguard.check;

import dev.queryguard.check.GrowingStatement.Origin;
import dev.queryguard.check.internal.ScalingFailureMessage;
import dev.queryguard.recording.CacheEntry;
import dev.queryguard.recording.CallSite;
import dev.queryguard.recording.Recording;
import dev.queryguard.recording.StatementEntry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a scenario ran at each scale, compared under a {@link ScalingRule}: the statements whose count grew with
 * the number of items, and whether the growth stays within the rule's slope. Statements are compared by
 * fingerprint; loads served from an ORM cache count like statements, by cache kind and region. A statement that
 * runs less at a bigger scale does not make up for one that runs more. Immutable and thread-safe.
 */
public final class ScalingComparison {

    /** The check's name in {@link CheckFailure#check()}. */
    public static final String CHECK = "scaling";

    private final ScalingRule rule;
    private final SortedMap<Integer, Long> totals;
    private final List<GrowingStatement> growing;
    private final List<Long> growthPerStep;

    private ScalingComparison(ScalingRule rule, SortedMap<Integer, Long> totals, List<GrowingStatement> growing,
                              List<Long> growthPerStep) {
        this.rule = rule;
        this.totals = Collections.unmodifiableSortedMap(totals);
        this.growing = List.copyOf(growing);
        this.growthPerStep = List.copyOf(growthPerStep);
    }

    static ScalingComparison of(ScalingRule rule, Map<Integer, Recording> recordingsByScale) {
        if (!new TreeSet<>(recordingsByScale.keySet()).equals(new TreeSet<>(rule.scales()))) {
            throw new IllegalArgumentException("recordings must cover the scales " + rule.scales() + ", covered "
                    + new TreeSet<>(recordingsByScale.keySet()));
        }
        SortedMap<Integer, Long> totals = new TreeMap<>();
        Map<Key, Row> rows = new LinkedHashMap<>();
        for (int scale : rule.scales()) {
            Recording recording = recordingsByScale.get(scale);
            totals.put(scale, recording.countIncludingCached());
            count(scale, recording, rows);
        }
        List<Long> growthPerStep = new ArrayList<>();
        for (int step = 1; step < rule.scales().size(); step++) {
            int from = rule.scales().get(step - 1);
            int to = rule.scales().get(step);
            growthPerStep.add(rows.values().stream()
                    .mapToLong(row -> Math.max(0, row.count(to) - row.count(from))).sum());
        }
        List<GrowingStatement> growing = rows.entrySet().stream()
                .filter(row -> row.getValue().grows(rule.scales()))
                .map(row -> row.getValue().toGrowingStatement(row.getKey(), rule.scales()))
                .toList();
        return new ScalingComparison(rule, totals, growing, growthPerStep);
    }

    private static void count(int scale, Recording recording, Map<Key, Row> rows) {
        for (StatementEntry statement : recording.statements()) {
            rows.computeIfAbsent(new Key(Origin.JDBC, statement.fingerprint()), key -> new Row())
                    .add(scale, 1, statement.callSite());
        }
        for (CacheEntry load : recording.cacheHits()) {
            rows.computeIfAbsent(new Key(Origin.CACHE, load.kind() + " " + load.region()), key -> new Row())
                    .add(scale, 1, load.callSite());
        }
        long notKept = recording.countIncludingCached() - recording.statements().size()
                - recording.cacheHits().size();
        if (notKept > 0) {
            rows.computeIfAbsent(new Key(Origin.NOT_KEPT, "past the cap of " + recording.maxEntries()
                    + " kept entries"), key -> new Row()).add(scale, notKept, null);
        }
    }

    public ScalingRule rule() {
        return rule;
    }

    /** The statements and cache loads the scenario ran at each scale. */
    public SortedMap<Integer, Long> totals() {
        return totals;
    }

    /** The statements and cache loads that ran more often at some bigger scale, in the order they first ran. */
    public List<GrowingStatement> growing() {
        return growing;
    }

    /**
     * For each step from one scale to the next, the statements added, summed over the statements that grew:
     * one element fewer than the scales.
     */
    public List<Long> growthPerStep() {
        return growthPerStep;
    }

    /** Whether no step added more than {@code slope} statements per added item. */
    public boolean withinSlope() {
        for (int step = 1; step < rule.scales().size(); step++) {
            int items = rule.scales().get(step) - rule.scales().get(step - 1);
            if (growthPerStep.get(step - 1) > (long) rule.slope() * items) {
                return false;
            }
        }
        return true;
    }

    /**
     * The failure to report when the growth exceeds the slope.
     *
     * @param subject what ran the scenario, as messages name it: {@code PackagesApiTests.listsPackages()}
     */
    public Optional<CheckFailure> failure(String subject) {
        if (withinSlope()) {
            return Optional.empty();
        }
        return Optional.of(new CheckFailure(CHECK, ScalingFailureMessage.of(subject, this), null, null));
    }

    private record Key(Origin origin, String text) {
    }

    /** One statement's counts, gathered scale by scale. */
    private static final class Row {
        private final Map<Integer, Long> counts = new TreeMap<>();
        private CallSite firstCallSite;
        private boolean seen;

        void add(int scale, long count, CallSite callSite) {
            counts.merge(scale, count, Long::sum);
            if (!seen) {
                seen = true;
                firstCallSite = callSite;
            }
        }

        long count(int scale) {
            return counts.getOrDefault(scale, 0L);
        }

        boolean grows(List<Integer> scales) {
            for (int step = 1; step < scales.size(); step++) {
                if (count(scales.get(step)) > count(scales.get(step - 1))) {
                    return true;
                }
            }
            return false;
        }

        GrowingStatement toGrowingStatement(Key key, List<Integer> scales) {
            SortedMap<Integer, Long> all = new TreeMap<>();
            scales.forEach(scale -> all.put(scale, count(scale)));
            return new GrowingStatement(key.origin(), key.text(), all, firstCallSite);
        }
    }
}
