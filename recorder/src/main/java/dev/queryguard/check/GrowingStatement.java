package dev.queryguard.check;

import dev.queryguard.recording.CallSite;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A statement (or an ORM cache load) that ran more often at a bigger scale of a scenario. Immutable.
 *
 * @param origin        whether it reached JDBC, came from an ORM cache, or was counted past the recording cap
 * @param text          the statement's fingerprint; for a cache load its kind and region
 *                      ({@code COLLECTION Package.files}); for {@link Origin#NOT_KEPT} a description
 * @param counts        how often it ran at each scale, 0 where it did not run
 * @param firstCallSite where it first ran, or {@code null} when call sites are off or it was not kept
 */
public record GrowingStatement(Origin origin, String text, SortedMap<Integer, Long> counts, CallSite firstCallSite) {

    /** Where the counted entries came from. */
    public enum Origin {
        /** Statements that reached JDBC, grouped by fingerprint. */
        JDBC,
        /** Loads served from an ORM cache, grouped by cache kind and region: a cold cache would run them. */
        CACHE,
        /** Statements and cache loads counted past the recording's cap, whose details were not kept. */
        NOT_KEPT
    }

    public GrowingStatement {
        Objects.requireNonNull(origin, "origin must not be null");
        Objects.requireNonNull(text, "text must not be null");
        counts = Collections.unmodifiableSortedMap(new TreeMap<>(counts));
    }
}
