package dev.queryguard.hibernate.internal;

import dev.queryguard.recording.CacheKind;

import org.hibernate.cache.spi.access.CollectionDataAccess;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.collection.CollectionPersister;

/**
 * A collection cache access that remembers the owner key of each collection it finds; see
 * {@link KeyCapturingDataAccess}.
 */
final class KeyCapturingCollectionDataAccess extends KeyCapturingDataAccess<CollectionDataAccess>
        implements CollectionDataAccess {

    KeyCapturingCollectionDataAccess(CollectionDataAccess delegate) {
        super(delegate, CacheKind.COLLECTION);
    }

    @Override
    Object keyOf(Object cacheKey) {
        return delegate.getCacheKeyId(cacheKey);
    }

    @Override
    public Object generateCacheKey(Object id, CollectionPersister collectionDescriptor,
            SessionFactoryImplementor factory, String tenantIdentifier) {
        return delegate.generateCacheKey(id, collectionDescriptor, factory, tenantIdentifier);
    }

    @Override
    public Object getCacheKeyId(Object cacheKey) {
        return delegate.getCacheKeyId(cacheKey);
    }
}
