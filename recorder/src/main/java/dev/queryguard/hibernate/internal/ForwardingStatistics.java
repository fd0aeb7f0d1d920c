package dev.queryguard.hibernate.internal;

import java.time.Instant;
import java.util.Map;

import org.hibernate.stat.CacheRegionStatistics;
import org.hibernate.stat.CollectionStatistics;
import org.hibernate.stat.EntityStatistics;
import org.hibernate.stat.NaturalIdStatistics;
import org.hibernate.stat.QueryStatistics;
import org.hibernate.stat.spi.StatisticsImplementor;

/**
 * Answers every read of {@link org.hibernate.stat.Statistics} from the statistics Hibernate would have used
 * without us, so users see exactly the numbers they would have seen.
 *
 * <p>Kept apart from {@link GatedStatistics} and {@link RecordingStatistics} because a decorator must forward the
 * whole interface: this file is long only by that necessity and holds no logic. Thread-safe if the delegate is.
 */
abstract class ForwardingStatistics implements StatisticsImplementor {

    private static final long serialVersionUID = 1L;

    final StatisticsImplementor delegate;

    ForwardingStatistics(StatisticsImplementor delegate) {
        this.delegate = delegate;
    }

    @Override
    public void setStatisticsEnabled(boolean enabled) {
        delegate.setStatisticsEnabled(enabled);
    }

    @Override
    public void clear() {
        delegate.clear();
    }

    @Override
    public void logSummary() {
        delegate.logSummary();
    }

    @Override
    public EntityStatistics getEntityStatistics(String entityName) {
        return delegate.getEntityStatistics(entityName);
    }

    @Override
    public CollectionStatistics getCollectionStatistics(String role) {
        return delegate.getCollectionStatistics(role);
    }

    @Override
    public NaturalIdStatistics getNaturalIdStatistics(String entityName) {
        return delegate.getNaturalIdStatistics(entityName);
    }

    @Override
    public QueryStatistics getQueryStatistics(String queryString) {
        return delegate.getQueryStatistics(queryString);
    }

    @Override
    public CacheRegionStatistics getDomainDataRegionStatistics(String regionName) {
        return delegate.getDomainDataRegionStatistics(regionName);
    }

    @Override
    public CacheRegionStatistics getQueryRegionStatistics(String regionName) {
        return delegate.getQueryRegionStatistics(regionName);
    }

    @Override
    public CacheRegionStatistics getCacheRegionStatistics(String regionName) {
        return delegate.getCacheRegionStatistics(regionName);
    }

    @Override
    public long getEntityDeleteCount() {
        return delegate.getEntityDeleteCount();
    }

    @Override
    public long getEntityInsertCount() {
        return delegate.getEntityInsertCount();
    }

    @Override
    public long getEntityLoadCount() {
        return delegate.getEntityLoadCount();
    }

    @Override
    public long getEntityFetchCount() {
        return delegate.getEntityFetchCount();
    }

    @Override
    public long getEntityUpdateCount() {
        return delegate.getEntityUpdateCount();
    }

    @Override
    public long getEntityUpsertCount() {
        return delegate.getEntityUpsertCount();
    }

    @Override
    public long getQueryExecutionCount() {
        return delegate.getQueryExecutionCount();
    }

    @Override
    public long getQueryExecutionMaxTime() {
        return delegate.getQueryExecutionMaxTime();
    }

    @Override
    public String getQueryExecutionMaxTimeQueryString() {
        return delegate.getQueryExecutionMaxTimeQueryString();
    }

    @Override
    public long getQueryCacheHitCount() {
        return delegate.getQueryCacheHitCount();
    }

    @Override
    public long getQueryCacheMissCount() {
        return delegate.getQueryCacheMissCount();
    }

    @Override
    public long getQueryCachePutCount() {
        return delegate.getQueryCachePutCount();
    }

    @Override
    public long getNaturalIdQueryExecutionCount() {
        return delegate.getNaturalIdQueryExecutionCount();
    }

    @Override
    public long getNaturalIdQueryExecutionMaxTime() {
        return delegate.getNaturalIdQueryExecutionMaxTime();
    }

    @Override
    public String getNaturalIdQueryExecutionMaxTimeRegion() {
        return delegate.getNaturalIdQueryExecutionMaxTimeRegion();
    }

    @Override
    public String getNaturalIdQueryExecutionMaxTimeEntity() {
        return delegate.getNaturalIdQueryExecutionMaxTimeEntity();
    }

    @Override
    public long getNaturalIdCacheHitCount() {
        return delegate.getNaturalIdCacheHitCount();
    }

    @Override
    public long getNaturalIdCacheMissCount() {
        return delegate.getNaturalIdCacheMissCount();
    }

    @Override
    public long getNaturalIdCachePutCount() {
        return delegate.getNaturalIdCachePutCount();
    }

    @Override
    public long getUpdateTimestampsCacheHitCount() {
        return delegate.getUpdateTimestampsCacheHitCount();
    }

    @Override
    public long getUpdateTimestampsCacheMissCount() {
        return delegate.getUpdateTimestampsCacheMissCount();
    }

    @Override
    public long getUpdateTimestampsCachePutCount() {
        return delegate.getUpdateTimestampsCachePutCount();
    }

    @Override
    public long getFlushCount() {
        return delegate.getFlushCount();
    }

    @Override
    public long getConnectCount() {
        return delegate.getConnectCount();
    }

    @Override
    public long getSecondLevelCacheHitCount() {
        return delegate.getSecondLevelCacheHitCount();
    }

    @Override
    public long getSecondLevelCacheMissCount() {
        return delegate.getSecondLevelCacheMissCount();
    }

    @Override
    public long getSecondLevelCachePutCount() {
        return delegate.getSecondLevelCachePutCount();
    }

    @Override
    public long getSessionCloseCount() {
        return delegate.getSessionCloseCount();
    }

    @Override
    public long getSessionOpenCount() {
        return delegate.getSessionOpenCount();
    }

    @Override
    public long getCollectionLoadCount() {
        return delegate.getCollectionLoadCount();
    }

    @Override
    public long getCollectionFetchCount() {
        return delegate.getCollectionFetchCount();
    }

    @Override
    public long getCollectionUpdateCount() {
        return delegate.getCollectionUpdateCount();
    }

    @Override
    public long getCollectionRemoveCount() {
        return delegate.getCollectionRemoveCount();
    }

    @Override
    public long getCollectionRecreateCount() {
        return delegate.getCollectionRecreateCount();
    }

    @Override
    public Instant getStart() {
        return delegate.getStart();
    }

    @Override
    @Deprecated(since = "6.0")
    public long getStartTime() {
        return delegate.getStartTime();
    }

    @Override
    public String[] getQueries() {
        return delegate.getQueries();
    }

    @Override
    public Map<String, Long> getSlowQueries() {
        return delegate.getSlowQueries();
    }

    @Override
    public String[] getEntityNames() {
        return delegate.getEntityNames();
    }

    @Override
    public String[] getCollectionRoleNames() {
        return delegate.getCollectionRoleNames();
    }

    @Override
    public String[] getSecondLevelCacheRegionNames() {
        return delegate.getSecondLevelCacheRegionNames();
    }

    @Override
    public long getSuccessfulTransactionCount() {
        return delegate.getSuccessfulTransactionCount();
    }

    @Override
    public long getTransactionCount() {
        return delegate.getTransactionCount();
    }

    @Override
    public long getPrepareStatementCount() {
        return delegate.getPrepareStatementCount();
    }

    @Override
    public long getCloseStatementCount() {
        return delegate.getCloseStatementCount();
    }

    @Override
    public long getOptimisticFailureCount() {
        return delegate.getOptimisticFailureCount();
    }

    @Override
    public long getQueryPlanCacheHitCount() {
        return delegate.getQueryPlanCacheHitCount();
    }

    @Override
    public long getQueryPlanCacheMissCount() {
        return delegate.getQueryPlanCacheMissCount();
    }

    @Override
    public String toString() {
        return delegate.toString();
    }
}
