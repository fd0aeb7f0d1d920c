package dev.queryguard.junit;

import dev.queryguard.QueryGuard;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A database with {@code <schema>.items(id, name)}, recorded through QueryGuard, for fixture tests: H2 in
 * memory by default, or the PostgreSQL on 127.0.0.1:5432 (database {@code test}) in a fresh schema.
 */
public final class TestItems {

    public final DataSource dataSource;
    /** The schema holding {@code items}; qualify names with it ({@code schema + ".items"}). */
    public final String schema;
    private final DataSource raw;

    public TestItems() {
        this(h2());
    }

    private TestItems(DataSource raw) {
        this.raw = raw;
        this.schema = "qg_" + UUID.randomUUID().toString().substring(0, 8);
        this.dataSource = QueryGuard.wrap(raw);
        execute("create schema " + schema,
                "create table " + schema + ".items (id int primary key, name varchar(50))",
                "insert into " + schema + ".items values (1, 'one'), (2, 'two'), (3, 'three')");
    }

    /** The same table on the local PostgreSQL, in a schema of its own; {@link #dropSchema()} when done. */
    public static TestItems postgres() {
        PGSimpleDataSource raw = new PGSimpleDataSource();
        raw.setUrl("jdbc:postgresql://127.0.0.1:5432/test");
        raw.setUser("postgres");
        return new TestItems(raw);
    }

    private static DataSource h2() {
        JdbcDataSource raw = new JdbcDataSource();
        raw.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return raw;
    }

    public String items() {
        return schema + ".items";
    }

    /** Runs statements through the recorded DataSource. */
    public void execute(String... statements) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void selectItem(int id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select name from " + items() + " where id = ?")) {
            select.setInt(1, id);
            select.executeQuery().close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void dropSchema() {
        try (Connection connection = raw.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("drop schema " + schema + " cascade");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
