package dev.queryguard.hibernate.internal;

import dev.queryguard.recording.CacheKind;

/**
 * The key of the last value the calling thread found in the second-level cache, kept until the hit that follows
 * it claims it.
 *
 * <p>Hibernate reads the cache and reports the hit one call apart on the same thread, so one slot per thread
 * pairs them; a read that was only a probe is overwritten by the next one. Filled only while a recording is open,
 * so other threads never hold anything.
 */
final class LastCacheRead {

    private static final ThreadLocal<Read> LAST = new ThreadLocal<>();

    private LastCacheRead() {
    }

    static void remember(CacheKind kind, String region, Object key) {
        LAST.set(new Read(kind, region, key));
    }

    /** The key read last on this thread if that read was of {@code kind} in {@code region}, else null. */
    static Object take(CacheKind kind, String region) {
        Read read = LAST.get();
        if (read == null) {
            return null;
        }
        LAST.remove();
        return read.kind() == kind && read.region().equals(region) ? read.key() : null;
    }

    private record Read(CacheKind kind, String region, Object key) {
    }
}
