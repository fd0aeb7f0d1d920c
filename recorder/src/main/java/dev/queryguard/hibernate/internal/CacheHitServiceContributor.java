package dev.queryguard.hibernate.internal;

import org.hibernate.service.spi.SessionFactoryServiceContributor;
import org.hibernate.service.spi.SessionFactoryServiceRegistryBuilder;

/**
 * Puts QueryGuard's statistics and cache in every session factory; Hibernate finds this contributor through
 * {@code META-INF/services}, so users configure nothing.
 *
 * <p>A contributed initiator replaces Hibernate's standard one for the same service, and both of ours delegate to
 * what Hibernate would have built.
 */
public final class CacheHitServiceContributor implements SessionFactoryServiceContributor {

    @Override
    public void contribute(SessionFactoryServiceRegistryBuilder serviceRegistryBuilder) {
        serviceRegistryBuilder.addInitiator(new RecordingStatisticsInitiator());
        serviceRegistryBuilder.addInitiator(new RecordingCachingInitiator());
    }
}
