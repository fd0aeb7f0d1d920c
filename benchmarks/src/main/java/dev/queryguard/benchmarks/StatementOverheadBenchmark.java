package dev.queryguard.benchmarks;

import com.p6spy.engine.event.SimpleJdbcEventListener;
import com.p6spy.engine.spy.P6DataSource;
import dev.queryguard.QueryGuard;
import dev.queryguard.config.QueryGuardConfig;
import dev.queryguard.recording.Recording;
import dev.queryguard.recording.RecordingScope;
import net.ttddyy.dsproxy.QueryCount;
import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What QueryGuard adds to one JDBC statement: a primary-key select on H2 in memory, the cheapest real statement
 * there is, so the recorder's share of its cost is as large as it will ever be, and the same select on PostgreSQL
 * over loopback ({@code -p database=postgresql}), where a round trip dwarfs it. Like a pool and Hibernate's
 * statement cache, each thread holds one connection and one prepared statement; every call binds another id,
 * executes, reads the row's five columns and closes the result set.
 *
 * <p>{@link #rawDriver} is the baseline. {@link #p6spyNoOpListener} is the floor of any p6spy-based recorder.
 * {@link #dsProxyCountingListener} is datasource-proxy counting queries per thread, the base QuickPerf, QueryAudit
 * and Hypersistence build on: the peer to compare with.
 * {@link #queryGuardNotRecording} is what users pay outside tests (wrapped, no scope open).
 * {@link #queryGuardRecording} records into a live scope with call sites off: capture plus the analysis of an
 * already-seen SQL text (target: 1.5 times the raw driver); {@link #queryGuardRecordingWithCallSites} adds the
 * stack walk of the default configuration (target: 3 times).
 *
 * <p>Each recording variant opens one scope per iteration, so it records millions of statements: the scope keeps
 * the first {@code queryguard.maxEntries} (100 000) in detail and only counts the rest, as a long test would.
 * Every benchmark runs in its own fork, so the global configuration and the JIT's profile of the JDBC calls
 * belong to one variant at a time.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StatementOverheadBenchmark {

    @Benchmark
    public void rawDriver(RawDriver select, Blackhole blackhole) throws SQLException {
        select.findNext(blackhole);
    }

    @Benchmark
    public void p6spyNoOpListener(P6spyNoOpListener select, Blackhole blackhole) throws SQLException {
        select.findNext(blackhole);
    }

    @Benchmark
    public void dsProxyCountingListener(DsProxyCountingListener select, Blackhole blackhole) throws SQLException {
        select.findNext(blackhole);
    }

    @Benchmark
    public void queryGuardNotRecording(QueryGuardNotRecording select, Blackhole blackhole) throws SQLException {
        select.findNext(blackhole);
    }

    @Benchmark
    public void queryGuardRecording(QueryGuardRecording select, Blackhole blackhole) throws SQLException {
        select.findNext(blackhole);
    }

    @Benchmark
    public void queryGuardRecordingWithCallSites(QueryGuardRecordingWithCallSites select, Blackhole blackhole)
            throws SQLException {
        select.findNext(blackhole);
    }

    /** One connection and one prepared point select, held by one thread. */
    @State(Scope.Thread)
    public abstract static class PointSelect {

        /** {@code h2} (in memory) or {@code postgresql} (a fresh schema of {@code test} on 127.0.0.1:5432). */
        @Param({"h2", "postgresql"})
        public String database;

        private ItemTable table;
        private Connection connection;
        private PreparedStatement findById;
        private long nextId;

        /** The variant's DataSource over the raw one. */
        abstract DataSource dataSource(DataSource raw);

        @Setup(Level.Trial)
        public void open() throws SQLException {
            table = ItemTable.on(database);
            connection = dataSource(table.rawDataSource()).getConnection();
            findById = connection.prepareStatement(ItemTable.FIND_BY_ID);
        }

        @TearDown(Level.Trial)
        public void close() throws SQLException {
            findById.close();
            connection.close();
            table.drop();
        }

        /** Loads the next item the way Hibernate's {@code find} does: binds, executes, reads until the end. */
        final void findNext(Blackhole blackhole) throws SQLException {
            nextId = nextId % ItemTable.ROWS + 1;
            findById.setLong(1, nextId);
            int rows = 0;
            try (ResultSet row = findById.executeQuery()) {
                while (row.next()) {
                    blackhole.consume(row.getLong(1));
                    blackhole.consume(row.getTimestamp(2));
                    blackhole.consume(row.getString(3));
                    blackhole.consume(row.getBigDecimal(4));
                    blackhole.consume(row.getString(5));
                    rows++;
                }
            }
            if (rows != 1) {
                throw new IllegalStateException("Expected item " + nextId + " to be one row, but read " + rows);
            }
        }
    }

    @State(Scope.Thread)
    public static class RawDriver extends PointSelect {
        @Override
        DataSource dataSource(DataSource raw) {
            return raw;
        }
    }

    /** p6spy with a listener that does nothing: bound values are not even stored (that takes p6spy's logger). */
    @State(Scope.Thread)
    public static class P6spyNoOpListener extends PointSelect {
        @Override
        DataSource dataSource(DataSource raw) {
            P6DataSource spied = new P6DataSource(raw);
            spied.setJdbcEventListenerFactory(() -> new SimpleJdbcEventListener() { });
            return spied;
        }
    }

    /**
     * datasource-proxy's {@code countQuery()}: a {@code DataSourceQueryCountListener} counting into a thread-local
     * holder, as QuickPerf, QueryAudit and Hypersistence's {@code SQLStatementCountValidator} do. The teardown
     * checks that it counted the selects.
     */
    @State(Scope.Thread)
    public static class DsProxyCountingListener extends PointSelect {
        @Override
        DataSource dataSource(DataSource raw) {
            return ProxyDataSourceBuilder.create(raw).name("bench").countQuery().build();
        }

        @Setup(Level.Iteration)
        public void clearCounts() {
            QueryCountHolder.clear();
        }

        @TearDown(Level.Iteration)
        public void checkCounted() {
            QueryCount count = QueryCountHolder.get("bench");
            if (count == null || count.getSelect() == 0) {
                throw new IllegalStateException("Expected datasource-proxy to count the selects, but got "
                        + (count == null ? "no count" : count.getSelect() + " selects"));
            }
        }
    }

    @State(Scope.Thread)
    public static class QueryGuardNotRecording extends PointSelect {
        @Override
        DataSource dataSource(DataSource raw) {
            QueryGuard.configure(QueryGuardConfig.defaults());
            return QueryGuard.wrap(raw);
        }
    }

    /**
     * A wrapped DataSource and a scope open on the benchmark thread for the whole iteration. The teardown
     * checks that the scope counted the statements, parsed, with or without call sites as configured: a
     * benchmark that records nothing measures nothing.
     */
    public abstract static class Recorded extends PointSelect {

        private RecordingScope scope;

        abstract QueryGuardConfig config();

        @Override
        final DataSource dataSource(DataSource raw) {
            QueryGuard.configure(config());
            return QueryGuard.wrap(raw);
        }

        @Setup(Level.Iteration)
        public void startRecording() {
            scope = QueryGuard.start();
        }

        @TearDown(Level.Iteration)
        public void stopRecording() {
            Recording recording = scope.stop();
            if (recording.count() == 0 || recording.statements().isEmpty() || recording.unparsedCount() > 0) {
                throw new IllegalStateException("Expected the scope to record parsed statements: " + recording);
            }
            boolean callSites = recording.statements().get(0).callSite() != null;
            if (callSites != config().callSites()) {
                throw new IllegalStateException("Expected call sites " + (config().callSites() ? "on" : "off")
                        + ", but the first statement has " + recording.statements().get(0).callSite());
            }
        }
    }

    @State(Scope.Thread)
    public static class QueryGuardRecording extends Recorded {
        private static final QueryGuardConfig WITHOUT_CALL_SITES = QueryGuardConfig.fromProperties(
                Map.of(QueryGuardConfig.CALL_SITES, "false"), "StatementOverheadBenchmark");

        @Override
        QueryGuardConfig config() {
            return WITHOUT_CALL_SITES;
        }
    }

    @State(Scope.Thread)
    public static class QueryGuardRecordingWithCallSites extends Recorded {
        @Override
        QueryGuardConfig config() {
            return QueryGuardConfig.defaults();
        }
    }
}
