/**
 * Records the loads Hibernate ORM serves from its second-level cache and query cache, in the same timeline as the
 * JDBC statements, so a budget can count them ("the count including cached must not depend on collection size").
 *
 * <p>Users configure nothing: with Hibernate ORM 7.4 on the class path, Hibernate finds
 * {@code dev.queryguard.hibernate.internal.CacheHitServiceContributor} through
 * {@code META-INF/services/org.hibernate.service.spi.SessionFactoryServiceContributor} and every session factory
 * built afterwards records. Without Hibernate nothing in the recorder loads this package. Each hit becomes one
 * {@link dev.queryguard.recording.CacheEntry} on the thread that performed the load:
 * <pre>
 * ENTITY      region com.example.Project            key Project#1
 * COLLECTION  region com.example.Project.pipelines  key Project.pipelines#1
 * NATURAL_ID  region com.example.Project##NaturalId key Project#gitlab-org/gitlab
 * QUERY       region default-query-results-region   key from Project where path = :path
 * </pre>
 *
 * <h2>The hook, and why</h2>
 * Hibernate reports a cache hit, for all four kinds, only to its statistics ({@code StatisticsImplementor}
 * {@code entityCacheHit}, {@code collectionCacheHit}, {@code naturalIdCacheHit}, {@code queryCacheHit}), and only
 * while statistics are enabled. Those calls sit exactly where a load is served from the cache: not on puts, not on
 * misses, not where Hibernate merely probes the cache, and not for a query-cache entry it finds stale or unusable.
 * So the hook is a decorator of Hibernate's statistics that:
 * <ul>
 *   <li>answers {@code isStatisticsEnabled()} with {@code true} on a thread with an open recording only, so
 *       Hibernate reports that thread's hits while users' statistics stay as configured;</li>
 *   <li>forwards every event to the user's statistics unless they are disabled and a recording turned them on
 *       (their counters never see our recordings);</li>
 *   <li>wraps whatever statistics Hibernate would have built, so {@code hibernate.stats.factory} and statistics
 *       factories registered as services keep working.</li>
 * </ul>
 * Statistics name the region but not the entity id or collection owner, so the cache accesses handed to the
 * persisters are decorated too: on a thread with an open recording, a read that finds a value remembers its key
 * in a thread-local slot, and the hit Hibernate reports right after (same thread, one call later) claims it.
 * A read that was only a probe claims nothing and is overwritten. The query text comes with the query hit.
 *
 * <p>With no recording open the cost is one thread-local read when Hibernate asks whether statistics are enabled
 * (users with statistics enabled pay it on hits only), and nothing is kept.
 *
 * <h2>What was rejected</h2>
 * <ul>
 *   <li>Wrapping the region factory or the cache accesses alone: they see the key but cannot tell a load from a
 *       probe. Batch fetching reads the cache for every pending key to skip the cached ones, and transience checks
 *       read it too; counted as hits, those would grow with collection size exactly where batch fetching fixed an
 *       N+1. They also cannot see a query-cache entry rejected after the read.</li>
 *   <li>A {@code StatisticsFactory} registered as a Java service: Hibernate refuses to start when two are
 *       registered, and it would replace a user's factory instead of wrapping it.</li>
 *   <li>{@code SessionEventListener.cacheGetEnd(boolean hit)} and the incubating {@code EventMonitor}: neither
 *       gives the key, both fire on probes too, the listener needs configuration per session factory, and only the
 *       first {@code EventMonitor} on the class path is used (it would displace hibernate-jfr).</li>
 *   <li>Load and collection event listeners through an {@code Integrator}: they see the id but not whether the
 *       cache or the database served the load, and natural-id and multi-id loads fire no such event.</li>
 * </ul>
 *
 * <p>Limits: a user-supplied {@code CacheImplementor} or another contributor replacing the statistics or cache
 * service takes precedence over ours, in which case hits are recorded without their key or not at all. Users who
 * read {@code Statistics.isStatisticsEnabled()} inside a recording see {@code true}.
 */
package dev.queryguard.hibernate;
