package dev.queryguard;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The real databases the recorder's tests run on: H2 in memory and the PostgreSQL on 127.0.0.1:5432 (database
 * {@code test}, trust authentication). Each instance works in a fresh schema so test classes never collide.
 */
public enum TestDatabase {
    H2 {
        @Override
        public DataSource rawDataSource() {
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL("jdbc:h2:mem:" + MEMORY_NAME + ";DB_CLOSE_DELAY=-1");
            return dataSource;
        }

        @Override
        public String jdbcUrl() {
            return "jdbc:h2:mem:" + MEMORY_NAME + ";DB_CLOSE_DELAY=-1";
        }
    },
    POSTGRES {
        @Override
        public DataSource rawDataSource() {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setUrl(jdbcUrl());
            dataSource.setUser("postgres");
            return dataSource;
        }

        @Override
        public String jdbcUrl() {
            return "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
        }
    };

    private static final String MEMORY_NAME = "qg_" + UUID.randomUUID().toString().replace("-", "");

    /** A DataSource of the database itself, not recorded. */
    public abstract DataSource rawDataSource();

    public abstract String jdbcUrl();

    /** Creates a fresh schema and returns its name, to qualify the tables a test creates. */
    public String freshSchema() throws SQLException {
        String schema = "qg_" + UUID.randomUUID().toString().substring(0, 8);
        execute("create schema " + schema);
        return schema;
    }

    public void dropSchema(String schema) throws SQLException {
        execute("drop schema " + schema + " cascade");
    }

    public void execute(String... statements) throws SQLException {
        try (Connection connection = rawDataSource().getConnection();
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
