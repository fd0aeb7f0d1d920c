package dev.queryguard.hibernate.internal;

import org.hibernate.cache.internal.EnabledCaching;
import org.hibernate.cache.spi.access.CollectionDataAccess;
import org.hibernate.cache.spi.access.EntityDataAccess;
import org.hibernate.cache.spi.access.NaturalIdDataAccess;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.model.domain.NavigableRole;

/**
 * Hibernate's second-level cache, handing the persisters key-capturing accesses so each hit can name its key.
 *
 * <p>Each persister asks these methods once, for its own access, while the session factory is built; the
 * regions, their storage and every other cache operation stay Hibernate's and the user's. Thread-safe.
 */
final class RecordingCaching extends EnabledCaching {

    private static final long serialVersionUID = 1L;

    RecordingCaching(SessionFactoryImplementor sessionFactory) {
        super(sessionFactory);
    }

    @Override
    @SuppressWarnings("deprecation") // Hibernate 7.4 still builds its entity persisters through this method.
    public EntityDataAccess getEntityRegionAccess(NavigableRole rootEntityName) {
        EntityDataAccess access = super.getEntityRegionAccess(rootEntityName);
        return access == null ? null : new KeyCapturingEntityDataAccess(access);
    }

    @Override
    @SuppressWarnings("deprecation") // Hibernate 7.4 still builds its entity persisters through this method.
    public NaturalIdDataAccess getNaturalIdCacheRegionAccessStrategy(NavigableRole rootEntityName) {
        NaturalIdDataAccess access = super.getNaturalIdCacheRegionAccessStrategy(rootEntityName);
        return access == null ? null : new KeyCapturingNaturalIdDataAccess(access);
    }

    @Override
    @SuppressWarnings("deprecation") // Hibernate 7.4 still builds its collection persisters through this method.
    public CollectionDataAccess getCollectionRegionAccess(NavigableRole collectionRole) {
        CollectionDataAccess access = super.getCollectionRegionAccess(collectionRole);
        return access == null ? null : new KeyCapturingCollectionDataAccess(access);
    }
}
