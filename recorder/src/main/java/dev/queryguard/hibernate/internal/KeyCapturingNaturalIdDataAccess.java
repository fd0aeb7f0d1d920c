package dev.queryguard.hibernate.internal;

import dev.queryguard.recording.CacheKind;

import org.hibernate.cache.spi.access.NaturalIdDataAccess;
import org.hibernate.cache.spi.access.SoftLock;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.entity.EntityPersister;

/**
 * A natural-id cache access that remembers the natural-id values of each resolution it finds; see
 * {@link KeyCapturingDataAccess}.
 */
final class KeyCapturingNaturalIdDataAccess extends KeyCapturingDataAccess<NaturalIdDataAccess>
        implements NaturalIdDataAccess {

    KeyCapturingNaturalIdDataAccess(NaturalIdDataAccess delegate) {
        super(delegate, CacheKind.NATURAL_ID);
    }

    @Override
    Object keyOf(Object cacheKey) {
        return delegate.getNaturalIdValues(cacheKey);
    }

    @Override
    public Object generateCacheKey(Object naturalIdValues, EntityPersister rootEntityDescriptor,
            SharedSessionContractImplementor session) {
        return delegate.generateCacheKey(naturalIdValues, rootEntityDescriptor, session);
    }

    @Override
    public Object getNaturalIdValues(Object cacheKey) {
        return delegate.getNaturalIdValues(cacheKey);
    }

    @Override
    public boolean insert(SharedSessionContractImplementor session, Object key, Object value) {
        return delegate.insert(session, key, value);
    }

    @Override
    public boolean afterInsert(SharedSessionContractImplementor session, Object key, Object value) {
        return delegate.afterInsert(session, key, value);
    }

    @Override
    public boolean update(SharedSessionContractImplementor session, Object key, Object value) {
        return delegate.update(session, key, value);
    }

    @Override
    public boolean afterUpdate(SharedSessionContractImplementor session, Object key, Object value, SoftLock lock) {
        return delegate.afterUpdate(session, key, value, lock);
    }
}
