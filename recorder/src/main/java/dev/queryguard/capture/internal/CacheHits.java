package dev.queryguard.capture.internal;

import dev.queryguard.recording.CacheEntry;
import dev.queryguard.recording.CacheKind;
import dev.queryguard.recording.CallSite;
import dev.queryguard.recording.internal.Scopes;
import dev.queryguard.recording.internal.ThreadBindings;
import dev.queryguard.recording.internal.WallClock;

/**
 * Entry point for ORM integrations: records a load served from a cache into the calling thread's open
 * recordings, in the same timeline as the JDBC statements.
 */
public final class CacheHits {

    static final int MAX_KEY_LENGTH = 200;

    private CacheHits() {
    }

    /**
     * Records one cache hit; does nothing when no recording wants the calling thread's entries.
     *
     * @param kind   which cache served the load
     * @param region the cache region's name
     * @param key    the entity id, collection owner key or query text, as text
     */
    public static void record(CacheKind kind, String region, String key) {
        ThreadBindings bindings = Scopes.current();
        if (!bindings.listening()) {
            return;
        }
        RecorderRuntime runtime = RecorderRuntime.get();
        boolean details = bindings.keepsEntries();
        CallSite callSite = details && runtime.config().callSites() ? runtime.callSiteFinder().find() : null;
        String shortKey = key != null && key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) + "..." : key;
        long now = System.nanoTime();
        bindings.deliver(new CacheEntry(kind, region, shortKey, WallClock.instantOf(now),
                Thread.currentThread().getName(), callSite), now);
    }
}
