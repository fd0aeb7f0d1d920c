package dev.queryguard.junit;

import dev.queryguard.QueryGuard;
import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** An H2 in-memory database with {@code items(id, name)}, recorded through QueryGuard, for fixture tests. */
public final class H2Items {

    public final DataSource dataSource;

    public H2Items() {
        JdbcDataSource raw = new JdbcDataSource();
        raw.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        this.dataSource = QueryGuard.wrap(raw);
        execute("create table items (id int primary key, name varchar(50))",
                "insert into items values (1, 'one'), (2, 'two'), (3, 'three')");
    }

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
             PreparedStatement select = connection.prepareStatement("select name from items where id = ?")) {
            select.setInt(1, id);
            select.executeQuery().close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
