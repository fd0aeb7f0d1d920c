package dev.queryguard.capture.internal;

import dev.queryguard.recording.CacheKind;

/**
 * Entry point for ORM integrations: records a load served from a cache into the calling thread's open
 * recordings, in the same timeline as the JDBC statements.
 */
public final class CacheHits {

    private CacheHits() {
    }

    /**
     * Records one cache hit.
     *
     * @param kind   which cache served the load
     * @param region the cache region's name
     * @param key    the entity id, collection owner key or query text, as text
     */
    public static void record(CacheKind kind, String region, String key) {
        // PLACEHOLDER until the recording core lands.
    }
}
