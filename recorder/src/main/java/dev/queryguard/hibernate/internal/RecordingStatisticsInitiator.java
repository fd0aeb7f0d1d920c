package dev.queryguard.hibernate.internal;

import org.hibernate.metamodel.MappingMetamodel;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.service.spi.SessionFactoryServiceInitiator;
import org.hibernate.service.spi.SessionFactoryServiceInitiatorContext;
import org.hibernate.stat.internal.StatisticsInitiator;
import org.hibernate.stat.spi.StatisticsImplementor;

/**
 * Builds the statistics Hibernate would have built (honouring {@code hibernate.stats.factory} and statistics
 * factories registered as services) and decorates them with {@link RecordingStatistics}.
 */
final class RecordingStatisticsInitiator implements SessionFactoryServiceInitiator<StatisticsImplementor> {

    @Override
    public Class<StatisticsImplementor> getServiceInitiated() {
        return StatisticsImplementor.class;
    }

    @Override
    public StatisticsImplementor initiateService(SessionFactoryServiceInitiatorContext context) {
        StatisticsImplementor statistics = StatisticsInitiator.INSTANCE.initiateService(context);
        // The metamodel is built after the statistics, so it is looked up when a hit needs it.
        var sessionFactory = context.getSessionFactory();
        return new RecordingStatistics(statistics,
                new CacheHitReporter(role -> ownerEntityOf(sessionFactory.getMappingMetamodel(), role)));
    }

    private static String ownerEntityOf(MappingMetamodel metamodel, String role) {
        CollectionPersister collection = metamodel.findCollectionDescriptor(role);
        return collection == null ? null : collection.getOwnerEntityPersister().getEntityName();
    }
}
