package dev.queryguard.hibernate.internal;

import org.hibernate.cache.internal.DisabledCaching;
import org.hibernate.cache.internal.NoCachingRegionFactory;
import org.hibernate.cache.spi.CacheImplementor;
import org.hibernate.cache.spi.RegionFactory;
import org.hibernate.service.spi.SessionFactoryServiceInitiator;
import org.hibernate.service.spi.SessionFactoryServiceInitiatorContext;

/**
 * Builds the session factory's cache as Hibernate's own {@code CacheInitiator} does, with
 * {@link RecordingCaching} when a second-level cache is configured.
 */
final class RecordingCachingInitiator implements SessionFactoryServiceInitiator<CacheImplementor> {

    @Override
    public Class<CacheImplementor> getServiceInitiated() {
        return CacheImplementor.class;
    }

    @Override
    public CacheImplementor initiateService(SessionFactoryServiceInitiatorContext context) {
        RegionFactory regionFactory = context.getServiceRegistry().getService(RegionFactory.class);
        return regionFactory instanceof NoCachingRegionFactory
                ? new DisabledCaching(context.getSessionFactory())
                : new RecordingCaching(context.getSessionFactory());
    }
}
