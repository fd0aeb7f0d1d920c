package dev.queryguard.hibernate.internal;

import dev.queryguard.recording.CacheKind;

import org.hibernate.cache.spi.DomainDataRegion;
import org.hibernate.cache.spi.access.AccessType;
import org.hibernate.cache.spi.access.CachedDomainDataAccess;
import org.hibernate.cache.spi.access.SoftLock;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * A second-level cache access that, on a thread being recorded, remembers the key of each value it finds, so the
 * hit Hibernate reports right after can name the entity or collection it served.
 *
 * <p>A read that finds a value is not yet a hit: Hibernate also reads the cache to probe it (batch fetching,
 * transience checks). Only {@link RecordingStatistics} learns which reads were loads; this class supplies the key.
 * Thread-safe if the delegate is.
 *
 * @param <A> the kind of access decorated
 */
abstract class KeyCapturingDataAccess<A extends CachedDomainDataAccess> implements CachedDomainDataAccess {

    final A delegate;
    private final CacheKind kind;

    KeyCapturingDataAccess(A delegate, CacheKind kind) {
        this.delegate = delegate;
        this.kind = kind;
    }

    /** The entity id, collection owner key or natural-id values held by {@code cacheKey}. */
    abstract Object keyOf(Object cacheKey);

    @Override
    public Object get(SharedSessionContractImplementor session, Object key) {
        Object value = delegate.get(session, key);
        if (value != null && RecordingGate.isOpen()) {
            LastCacheRead.remember(kind, delegate.getRegion().getName(), keyOf(key));
        }
        return value;
    }

    @Override
    public DomainDataRegion getRegion() {
        return delegate.getRegion();
    }

    @Override
    public AccessType getAccessType() {
        return delegate.getAccessType();
    }

    @Override
    public boolean putFromLoad(SharedSessionContractImplementor session, Object key, Object value, Object version) {
        return delegate.putFromLoad(session, key, value, version);
    }

    @Override
    public boolean putFromLoad(SharedSessionContractImplementor session, Object key, Object value, Object version,
            boolean minimalPutOverride) {
        return delegate.putFromLoad(session, key, value, version, minimalPutOverride);
    }

    @Override
    public SoftLock lockItem(SharedSessionContractImplementor session, Object key, Object version) {
        return delegate.lockItem(session, key, version);
    }

    @Override
    public void unlockItem(SharedSessionContractImplementor session, Object key, SoftLock lock) {
        delegate.unlockItem(session, key, lock);
    }

    @Override
    public void remove(SharedSessionContractImplementor session, Object key) {
        delegate.remove(session, key);
    }

    @Override
    public void removeAll(SharedSessionContractImplementor session) {
        delegate.removeAll(session);
    }

    @Override
    public boolean contains(Object key) {
        return delegate.contains(key);
    }

    @Override
    public SoftLock lockRegion() {
        return delegate.lockRegion();
    }

    @Override
    public void unlockRegion(SoftLock lock) {
        delegate.unlockRegion(lock);
    }

    @Override
    public void evict(Object key) {
        delegate.evict(key);
    }

    @Override
    public void evictAll() {
        delegate.evictAll();
    }

    @Override
    public String toString() {
        return delegate.toString();
    }
}
