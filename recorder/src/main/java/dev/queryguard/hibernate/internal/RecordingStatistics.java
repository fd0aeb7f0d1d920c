package dev.queryguard.hibernate.internal;

import org.hibernate.metamodel.model.domain.NavigableRole;
import org.hibernate.stat.spi.StatisticsImplementor;

/**
 * Hibernate's statistics, decorated to report each second-level and query cache hit to {@link CacheHitReporter}.
 *
 * <p>Hibernate announces a cache hit only through its statistics, and only while they are enabled, at the exact
 * places where a load is served from the cache (not where it merely probes the cache). So this decorator answers
 * {@link #isStatisticsEnabled()} with {@code true} on a thread that is being recorded, and forwards Hibernate's
 * events to the user's statistics only while the user has enabled them (or no recording is open): users' numbers
 * and their cost are what they configured. Thread-safe if the delegate is.
 */
final class RecordingStatistics extends GatedStatistics {

    private static final long serialVersionUID = 1L;

    private final CacheHitReporter reporter;

    RecordingStatistics(StatisticsImplementor delegate, CacheHitReporter reporter) {
        super(delegate);
        this.reporter = reporter;
    }

    @Override
    public boolean isStatisticsEnabled() {
        return delegate.isStatisticsEnabled() || RecordingGate.isOpen();
    }

    @Override
    public void entityCacheHit(NavigableRole entityName, String regionName) {
        if (forwards()) {
            delegate.entityCacheHit(entityName, regionName);
        }
        reporter.entityHit(entityName, regionName);
    }

    @Override
    public void collectionCacheHit(NavigableRole collectionRole, String regionName) {
        if (forwards()) {
            delegate.collectionCacheHit(collectionRole, regionName);
        }
        reporter.collectionHit(collectionRole, regionName);
    }

    @Override
    public void naturalIdCacheHit(NavigableRole rootEntityName, String regionName) {
        if (forwards()) {
            delegate.naturalIdCacheHit(rootEntityName, regionName);
        }
        reporter.naturalIdHit(rootEntityName, regionName);
    }

    @Override
    public void queryCacheHit(String hql, String regionName) {
        if (forwards()) {
            delegate.queryCacheHit(hql, regionName);
        }
        reporter.queryHit(hql, regionName);
    }
}
