package dev.queryguard.recording;

import java.time.Instant;
import java.util.Objects;

/**
 * A load the ORM served from its second-level cache or query cache: it never reached JDBC, yet it stands for
 * a statement that would run on a cold cache.
 *
 * @param kind     which cache served it
 * @param region   the cache region
 * @param key      the entity id, collection key or query text
 * @param start    when it happened
 * @param thread   the thread that loaded it
 * @param callSite where the application caused the load, or {@code null} when not captured
 */
public record CacheEntry(CacheKind kind, String region, String key, Instant start, String thread, CallSite callSite)
        implements RecordedEntry {

    public CacheEntry {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(start, "start must not be null");
    }

    @Override
    public Source source() {
        return Source.CACHE;
    }
}
