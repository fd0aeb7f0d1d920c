package dev.queryguard.hibernate.internal;

import dev.queryguard.recording.CacheKind;

import org.hibernate.cache.spi.access.EntityDataAccess;
import org.hibernate.cache.spi.access.SoftLock;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.entity.EntityPersister;

/** An entity cache access that remembers the id of each entity it finds; see {@link KeyCapturingDataAccess}. */
final class KeyCapturingEntityDataAccess extends KeyCapturingDataAccess<EntityDataAccess>
        implements EntityDataAccess {

    KeyCapturingEntityDataAccess(EntityDataAccess delegate) {
        super(delegate, CacheKind.ENTITY);
    }

    @Override
    Object keyOf(Object cacheKey) {
        return delegate.getCacheKeyId(cacheKey);
    }

    @Override
    public Object generateCacheKey(Object id, EntityPersister rootEntityDescriptor, SessionFactoryImplementor factory,
            String tenantIdentifier) {
        return delegate.generateCacheKey(id, rootEntityDescriptor, factory, tenantIdentifier);
    }

    @Override
    public Object getCacheKeyId(Object cacheKey) {
        return delegate.getCacheKeyId(cacheKey);
    }

    @Override
    public boolean insert(SharedSessionContractImplementor session, Object key, Object value, Object version) {
        return delegate.insert(session, key, value, version);
    }

    @Override
    public boolean afterInsert(SharedSessionContractImplementor session, Object key, Object value, Object version) {
        return delegate.afterInsert(session, key, value, version);
    }

    @Override
    public boolean update(SharedSessionContractImplementor session, Object key, Object value, Object currentVersion,
            Object previousVersion) {
        return delegate.update(session, key, value, currentVersion, previousVersion);
    }

    @Override
    public boolean afterUpdate(SharedSessionContractImplementor session, Object key, Object value,
            Object currentVersion, Object previousVersion, SoftLock lock) {
        return delegate.afterUpdate(session, key, value, currentVersion, previousVersion, lock);
    }
}
