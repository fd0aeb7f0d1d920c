package dev.queryguard.hibernate.internal;

import org.hibernate.metamodel.model.domain.NavigableRole;
import org.hibernate.stat.spi.StatisticsImplementor;

/**
 * Forwards each of Hibernate's statistics events to the user's statistics as it would arrive without QueryGuard,
 * dropping only those a recording caused.
 *
 * <p>Kept apart from {@link RecordingStatistics} because a decorator must forward every event: this file is long
 * only by that necessity. Thread-safe if the delegate is.
 */
abstract class GatedStatistics extends ForwardingStatistics {

    private static final long serialVersionUID = 1L;

    GatedStatistics(StatisticsImplementor delegate) {
        super(delegate);
    }

    /**
     * Whether an event goes to the user's statistics: always, unless the user has disabled them and the event may
     * have been emitted only because a recording turned them on for this thread.
     */
    final boolean forwards() {
        return delegate.isStatisticsEnabled() || !RecordingGate.isOpen();
    }

    @Override
    public void openSession() {
        if (forwards()) {
            delegate.openSession();
        }
    }

    @Override
    public void closeSession() {
        if (forwards()) {
            delegate.closeSession();
        }
    }

    @Override
    public void flush() {
        if (forwards()) {
            delegate.flush();
        }
    }

    @Override
    public void connect() {
        if (forwards()) {
            delegate.connect();
        }
    }

    @Override
    public void prepareStatement() {
        if (forwards()) {
            delegate.prepareStatement();
        }
    }

    @Override
    public void closeStatement() {
        if (forwards()) {
            delegate.closeStatement();
        }
    }

    @Override
    public void endTransaction(boolean success) {
        if (forwards()) {
            delegate.endTransaction(success);
        }
    }

    @Override
    public void loadEntity(String entityName) {
        if (forwards()) {
            delegate.loadEntity(entityName);
        }
    }

    @Override
    public void fetchEntity(String entityName) {
        if (forwards()) {
            delegate.fetchEntity(entityName);
        }
    }

    @Override
    public void updateEntity(String entityName) {
        if (forwards()) {
            delegate.updateEntity(entityName);
        }
    }

    @Override
    public void upsertEntity(String entityName) {
        if (forwards()) {
            delegate.upsertEntity(entityName);
        }
    }

    @Override
    public void insertEntity(String entityName) {
        if (forwards()) {
            delegate.insertEntity(entityName);
        }
    }

    @Override
    public void deleteEntity(String entityName) {
        if (forwards()) {
            delegate.deleteEntity(entityName);
        }
    }

    @Override
    public void optimisticFailure(String entityName) {
        if (forwards()) {
            delegate.optimisticFailure(entityName);
        }
    }

    @Override
    public void loadCollection(String role) {
        if (forwards()) {
            delegate.loadCollection(role);
        }
    }

    @Override
    public void fetchCollection(String role) {
        if (forwards()) {
            delegate.fetchCollection(role);
        }
    }

    @Override
    public void updateCollection(String role) {
        if (forwards()) {
            delegate.updateCollection(role);
        }
    }

    @Override
    public void recreateCollection(String role) {
        if (forwards()) {
            delegate.recreateCollection(role);
        }
    }

    @Override
    public void removeCollection(String role) {
        if (forwards()) {
            delegate.removeCollection(role);
        }
    }

    @Override
    public void entityCachePut(NavigableRole entityName, String regionName) {
        if (forwards()) {
            delegate.entityCachePut(entityName, regionName);
        }
    }

    @Override
    public void entityCacheMiss(NavigableRole entityName, String regionName) {
        if (forwards()) {
            delegate.entityCacheMiss(entityName, regionName);
        }
    }

    @Override
    public void entityCacheRemove(NavigableRole rootEntityRole, String name) {
        if (forwards()) {
            delegate.entityCacheRemove(rootEntityRole, name);
        }
    }

    @Override
    public void collectionCachePut(NavigableRole collectionRole, String regionName) {
        if (forwards()) {
            delegate.collectionCachePut(collectionRole, regionName);
        }
    }

    @Override
    public void collectionCacheMiss(NavigableRole collectionRole, String regionName) {
        if (forwards()) {
            delegate.collectionCacheMiss(collectionRole, regionName);
        }
    }

    @Override
    public void naturalIdCachePut(NavigableRole rootEntityName, String regionName) {
        if (forwards()) {
            delegate.naturalIdCachePut(rootEntityName, regionName);
        }
    }

    @Override
    public void naturalIdCacheMiss(NavigableRole rootEntityName, String regionName) {
        if (forwards()) {
            delegate.naturalIdCacheMiss(rootEntityName, regionName);
        }
    }

    @Override
    public void naturalIdQueryExecuted(String rootEntityName, long executionTime) {
        if (forwards()) {
            delegate.naturalIdQueryExecuted(rootEntityName, executionTime);
        }
    }

    @Override
    public void queryCachePut(String hql, String regionName) {
        if (forwards()) {
            delegate.queryCachePut(hql, regionName);
        }
    }

    @Override
    public void queryCacheMiss(String hql, String regionName) {
        if (forwards()) {
            delegate.queryCacheMiss(hql, regionName);
        }
    }

    @Override
    public void queryExecuted(String query, int rows, long time) {
        if (forwards()) {
            delegate.queryExecuted(query, rows, time);
        }
    }

    @Override
    public void updateTimestampsCacheHit() {
        if (forwards()) {
            delegate.updateTimestampsCacheHit();
        }
    }

    @Override
    public void updateTimestampsCacheMiss() {
        if (forwards()) {
            delegate.updateTimestampsCacheMiss();
        }
    }

    @Override
    public void updateTimestampsCachePut() {
        if (forwards()) {
            delegate.updateTimestampsCachePut();
        }
    }

    @Override
    public void queryPlanCacheHit(String query) {
        if (forwards()) {
            delegate.queryPlanCacheHit(query);
        }
    }

    @Override
    public void queryPlanCacheMiss(String query) {
        if (forwards()) {
            delegate.queryPlanCacheMiss(query);
        }
    }

    @Override
    public void queryCompiled(String hql, long microseconds) {
        if (forwards()) {
            delegate.queryCompiled(hql, microseconds);
        }
    }

    @Override
    public void slowQuery(String sql, long executionTime) {
        if (forwards()) {
            delegate.slowQuery(sql, executionTime);
        }
    }

    @Override
    public void normalizeNaturalId(String entityName) {
        if (forwards()) {
            delegate.normalizeNaturalId(entityName);
        }
    }
}
