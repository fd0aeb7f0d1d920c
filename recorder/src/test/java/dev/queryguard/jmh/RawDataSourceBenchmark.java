package dev.queryguard.jmh;

import dev.queryguard.TestDatabase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A fixture for {@link QueryProfilerTests}: a benchmark whose statements run on the driver's own DataSource, which
 * QueryGuard cannot see.
 */
public class RawDataSourceBenchmark {

    @Benchmark
    public boolean selectOne(Raw raw) throws SQLException {
        try (ResultSet result = raw.selectOne.executeQuery()) {
            return result.next();
        }
    }

    @State(Scope.Thread)
    public static class Raw {

        private Connection connection;
        PreparedStatement selectOne;

        @Setup(Level.Trial)
        public void open() throws SQLException {
            connection = TestDatabase.H2.rawDataSource().getConnection();
            selectOne = connection.prepareStatement("select 1");
        }

        @TearDown(Level.Trial)
        public void close() throws SQLException {
            connection.close();
        }
    }
}
