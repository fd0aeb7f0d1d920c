package dev.queryguard.jmh;

import dev.queryguard.QueryGuard;
import dev.queryguard.TestDatabase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A fixture for {@link QueryProfilerTests}, public and top-level because JMH's generated code extends it: each
 * operation runs three statements through a recording DataSource, a point select (1 row), a select of every item
 * (3 rows) and an update of no row.
 */
public class ThreeStatementsBenchmark {

    @Benchmark
    public void threeStatements(Items items, Blackhole blackhole) throws SQLException {
        items.findById.setInt(1, 2);
        blackhole.consume(read(items.findById));
        blackhole.consume(read(items.findAll));
        blackhole.consume(items.rename.executeUpdate());
    }

    private static int read(PreparedStatement select) throws SQLException {
        int rows = 0;
        try (ResultSet result = select.executeQuery()) {
            while (result.next()) {
                rows++;
            }
        }
        return rows;
    }

    /** One connection and three prepared statements per thread, as a pool and a statement cache give. */
    @State(Scope.Thread)
    public static class Items {

        private Connection connection;
        PreparedStatement findById;
        PreparedStatement findAll;
        PreparedStatement rename;

        @Setup(Level.Trial)
        public void open() throws SQLException {
            TestDatabase.H2.execute("create table if not exists bench_items (id int primary key, name varchar(50))",
                    "merge into bench_items key (id) values (1, 'one'), (2, 'two'), (3, 'three')");
            DataSource recorded = QueryGuard.wrap(TestDatabase.H2.rawDataSource());
            connection = recorded.getConnection();
            findById = connection.prepareStatement("select name from bench_items where id = ?");
            findAll = connection.prepareStatement("select id, name from bench_items");
            rename = connection.prepareStatement("update bench_items set name = name where id = 0");
        }

        @TearDown(Level.Trial)
        public void close() throws SQLException {
            connection.close();
        }
    }
}
