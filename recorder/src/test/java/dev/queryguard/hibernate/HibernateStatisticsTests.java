package dev.queryguard.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.queryguard.QueryGuard;
import dev.queryguard.hibernate.fixtures.CachedSessionFactories;
import dev.queryguard.hibernate.fixtures.Project;
import dev.queryguard.recording.Recording;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

class HibernateStatisticsTests {

    @Test
    void keepsCountingWhenTheUserEnabledStatistics() {
        try (SessionFactory sessionFactory = CachedSessionFactories.build("user-statistics", true)) {
            CachedSessionFactories.seed(sessionFactory);
            Statistics statistics = sessionFactory.getStatistics();
            statistics.clear();
            sessionFactory.inSession(session -> session.find(Project.class, 1L));

            Recording hit = QueryGuard.record(
                    () -> sessionFactory.inSession(session -> session.find(Project.class, 1L)));

            assertThat(hit.cacheHits()).hasSize(1);
            assertThat(statistics.getSecondLevelCacheMissCount()).isEqualTo(1);
            assertThat(statistics.getSecondLevelCacheHitCount()).isEqualTo(1);
            assertThat(statistics.getSessionOpenCount()).isEqualTo(2);
        }
    }
}
