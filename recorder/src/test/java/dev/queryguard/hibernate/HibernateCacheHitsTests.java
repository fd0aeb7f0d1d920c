package dev.queryguard.hibernate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import dev.queryguard.QueryGuard;
import dev.queryguard.hibernate.fixtures.CachedSessionFactories;
import dev.queryguard.hibernate.fixtures.Pipeline;
import dev.queryguard.hibernate.fixtures.Project;
import dev.queryguard.recording.CacheEntry;
import dev.queryguard.recording.CacheKind;
import dev.queryguard.recording.RecordedEntry;
import dev.queryguard.recording.Recording;
import dev.queryguard.recording.StatementEntry;
import dev.queryguard.recording.internal.ScopeCounts;
import dev.queryguard.recording.internal.ScopeState;
import dev.queryguard.recording.internal.Scopes;

import org.hibernate.KeyType;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cache.spi.RegionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HibernateCacheHitsTests {

    private static final String PROJECTS = Project.class.getName();
    private static final String PIPELINES = Pipeline.class.getName();

    private static SessionFactory sessionFactory;

    @BeforeAll
    static void buildSessionFactory() {
        sessionFactory = CachedSessionFactories.build("cache-hits", false);
    }

    @AfterAll
    static void closeSessionFactory() {
        sessionFactory.close();
    }

    @BeforeEach
    void seed() {
        CachedSessionFactories.seed(sessionFactory);
    }

    @Test
    void recordsAnEntityServedFromTheCacheInsteadOfItsSelect() {
        Recording miss = record(session -> session.find(Project.class, 1L));
        Recording hit = record(session -> session.find(Project.class, 1L));

        assertThat(miss.statements()).singleElement()
                .satisfies(select -> assertThat(select.sql()).startsWith("select").contains("projects"));
        assertThat(hit.statements()).isEmpty();
        assertThat(hit.cacheHits()).extracting(CacheEntry::kind, CacheEntry::region, CacheEntry::key)
                .containsExactly(tuple(CacheKind.ENTITY, PROJECTS, "Project#1"));
    }

    @Test
    void countsTheHitsInACountingScope() {
        ScopeState counting = Scopes.openCountingScope();
        inSession(session -> session.find(Project.class, 1L));
        inSession(session -> session.find(Project.class, 1L));
        Scopes.close(counting);

        ScopeCounts counts = ScopeCounts.of(counting);
        assertThat(counts.statements()).isEqualTo(1);
        assertThat(counts.cached()).isEqualTo(1);
    }

    @Test
    void recordsOnlyTheStatementOfACacheMiss() {
        Recording miss = record(session -> session.find(Project.class, 2L));

        assertThat(miss.statements()).hasSize(1);
        assertThat(miss.cacheHits()).isEmpty();
    }

    @Test
    void recordsACollectionServedFromTheCache() {
        inSession(session -> session.find(Project.class, 1L).getPipelines().size());

        Recording hit = record(session -> session.find(Project.class, 1L).getPipelines().size());

        assertThat(hit.statements()).isEmpty();
        assertThat(hit.cacheHits()).extracting(CacheEntry::kind, CacheEntry::region, CacheEntry::key)
                .containsExactly(
                        tuple(CacheKind.ENTITY, PROJECTS, "Project#1"),
                        tuple(CacheKind.COLLECTION, PROJECTS + ".pipelines", "Project.pipelines#1"),
                        tuple(CacheKind.ENTITY, PIPELINES, "Pipeline#10"),
                        tuple(CacheKind.ENTITY, PIPELINES, "Pipeline#11"));
    }

    @Test
    void recordsAQueryServedFromTheQueryCacheWithItsText() {
        String hql = "from Project where path = :path";
        Recording miss = record(session -> projectsAt(session, hql, "gitlab-org/gitlab"));
        Recording hit = record(session -> projectsAt(session, hql, "gitlab-org/gitlab"));

        assertThat(miss.cacheHits()).isEmpty();
        assertThat(hit.statements()).isEmpty();
        assertThat(hit.cacheHits()).extracting(CacheEntry::kind, CacheEntry::region, CacheEntry::key)
                .containsExactly(
                        tuple(CacheKind.QUERY, RegionFactory.DEFAULT_QUERY_RESULTS_REGION_UNQUALIFIED_NAME, hql));
    }

    @Test
    void recordsNoQueryHitForAResultMadeStaleByAWrite() {
        String hql = "from Project where path = :path";
        inSession(session -> projectsAt(session, hql, "gitlab-org/gitlab"));
        sessionFactory.inTransaction(session -> session.find(Project.class, 2L).moveTo("gitlab-org/gitaly-v2"));

        Recording stale = record(session -> projectsAt(session, hql, "gitlab-org/gitlab"));

        assertThat(stale.statements()).hasSize(1);
        assertThat(stale.cacheHits()).isEmpty();
    }

    @Test
    void recordsANaturalIdResolvedFromTheCache() {
        inSession(session -> session.find(Project.class, "gitlab-org/gitlab", KeyType.NATURAL));

        Recording hit = record(session -> session.find(Project.class, "gitlab-org/gitlab", KeyType.NATURAL));

        assertThat(hit.statements()).isEmpty();
        assertThat(hit.cacheHits()).extracting(CacheEntry::kind, CacheEntry::region, CacheEntry::key)
                .containsExactly(
                        tuple(CacheKind.NATURAL_ID, PROJECTS + "##NaturalId", "Project#gitlab-org/gitlab"),
                        tuple(CacheKind.ENTITY, PROJECTS, "Project#1"));
    }

    @Test
    void interleavesCacheHitsAndStatementsInTheOrderTheyHappened() {
        inSession(session -> {
            session.find(Project.class, 1L);
            session.find(Pipeline.class, 10L);
        });

        Recording recording = record(session -> {
            session.find(Project.class, 1L);
            session.find(Project.class, 2L);
            session.find(Pipeline.class, 10L);
        });

        assertThat(recording.entries()).map(HibernateCacheHitsTests::describe)
                .containsExactly("cache ENTITY Project#1", "select from projects", "cache ENTITY Pipeline#10");
    }

    @Test
    void doesNotRecordTheCacheProbesOfBatchFetching() {
        inSession(session -> session.find(Project.class, 2L));

        Recording recording = record(session -> {
            List<Pipeline> pipelines = session.createSelectionQuery("from Pipeline order by id", Pipeline.class)
                    .getResultList();
            // Fetching project 1 batches the other pending proxies, after probing the cache for project 2.
            pipelines.get(0).getProject().getPath();
            pipelines.get(2).getProject().getPath();
        });

        assertThat(recording.entries()).map(HibernateCacheHitsTests::describe)
                .containsExactly("select from pipelines", "select from projects", "cache ENTITY Project#2");
    }

    @Test
    void recordsOnlyTheHitsOfTheRecordingThread() {
        inSession(session -> {
            session.find(Project.class, 1L);
            session.find(Project.class, 2L);
        });
        AtomicReference<Project> loadedElsewhere = new AtomicReference<>();
        Thread other = new Thread(
                () -> loadedElsewhere.set(sessionFactory.fromSession(session -> session.find(Project.class, 2L))));

        Recording recording = record(session -> {
            session.find(Project.class, 1L);
            other.start();
            join(other);
        });

        assertThat(loadedElsewhere.get().getPath()).isEqualTo("gitlab-org/gitaly");
        assertThat(recording.cacheHits()).extracting(CacheEntry::key).containsExactly("Project#1");
    }

    @Test
    void servesCacheHitsUnrecordedWhenNoRecordingIsOpen() {
        inSession(session -> session.find(Project.class, 1L));

        Project project = sessionFactory.fromSession(session -> session.find(Project.class, 1L));
        Recording later = QueryGuard.record(() -> { });

        assertThat(project.getPath()).isEqualTo("gitlab-org/gitlab");
        assertThat(later.entries()).isEmpty();
    }

    @Test
    void leavesDisabledStatisticsDisabledAndEmpty() {
        inSession(session -> session.find(Project.class, 1L));

        record(session -> session.find(Project.class, 1L));

        assertThat(sessionFactory.getStatistics().isStatisticsEnabled()).isFalse();
        assertThat(sessionFactory.getStatistics().getSecondLevelCacheHitCount()).isZero();
        assertThat(sessionFactory.getStatistics().getSessionOpenCount()).isZero();
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Recording record(Consumer<Session> work) {
        return QueryGuard.record(() -> inSession(work));
    }

    private static void inSession(Consumer<Session> work) {
        sessionFactory.inSession(work);
    }

    private static List<Project> projectsAt(Session session, String hql, String path) {
        return session.createSelectionQuery(hql, Project.class)
                .setParameter("path", path)
                .setCacheable(true)
                .getResultList();
    }

    /** An entry as {@code cache KIND key} or {@code select from table}, to compare timelines. */
    static String describe(RecordedEntry entry) {
        if (entry instanceof CacheEntry hit) {
            return "cache " + hit.kind() + " " + hit.key();
        }
        if (entry instanceof StatementEntry statement) {
            String sql = statement.sql();
            return "select from " + sql.substring(sql.indexOf(" from ") + 6).split(" ")[0];
        }
        return entry.toString();
    }
}
