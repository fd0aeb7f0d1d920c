package dev.queryguard.hibernate.internal;

import java.util.function.UnaryOperator;

import dev.queryguard.capture.internal.CacheHits;
import dev.queryguard.recording.CacheKind;

import org.hibernate.metamodel.model.domain.NavigableRole;

/**
 * Turns the cache hits Hibernate reports into {@link CacheHits} entries, keyed by what was loaded. Stateless and
 * thread-safe: the key of each hit comes from {@link LastCacheRead} on the thread that performed the load.
 */
final class CacheHitReporter {

    private final UnaryOperator<String> ownerEntityOfRole;

    /**
     * @param ownerEntityOfRole the name of the entity owning a collection role, or null when not known
     */
    CacheHitReporter(UnaryOperator<String> ownerEntityOfRole) {
        this.ownerEntityOfRole = ownerEntityOfRole;
    }

    void entityHit(NavigableRole rootEntity, String region) {
        if (RecordingGate.isOpen()) {
            Object id = LastCacheRead.take(CacheKind.ENTITY, region);
            CacheHits.record(CacheKind.ENTITY, region, CacheKeyText.entity(rootEntity.getFullPath(), id));
        }
    }

    void collectionHit(NavigableRole collectionRole, String region) {
        if (RecordingGate.isOpen()) {
            Object ownerKey = LastCacheRead.take(CacheKind.COLLECTION, region);
            String role = collectionRole.getFullPath();
            CacheHits.record(CacheKind.COLLECTION, region,
                    CacheKeyText.collection(role, ownerEntityOfRole.apply(role), ownerKey));
        }
    }

    void naturalIdHit(NavigableRole rootEntity, String region) {
        if (RecordingGate.isOpen()) {
            Object values = LastCacheRead.take(CacheKind.NATURAL_ID, region);
            CacheHits.record(CacheKind.NATURAL_ID, region, CacheKeyText.entity(rootEntity.getFullPath(), values));
        }
    }

    void queryHit(String queryText, String region) {
        if (RecordingGate.isOpen()) {
            CacheHits.record(CacheKind.QUERY, region, CacheKeyText.query(queryText));
        }
    }
}
