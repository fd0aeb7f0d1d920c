package dev.queryguard.junit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;

/**
 * Base of fixture classes that run on the {@link Database} their run names: an {@code items} table in a fresh
 * schema, dropped after each test. Its own frames are QueryGuard's, so call sites point at the fixture's lines.
 */
@ExtendWith(DatabaseParameter.class)
public abstract class ItemsFixture {

    protected final TestItems items;

    protected ItemsFixture(Database database) {
        this.items = database.open();
    }

    @AfterEach
    void dropSchema() {
        items.dropSchema();
    }

    /** {@code select name from <schema>.items where id = ?}. */
    protected void selectItem(int id) {
        items.selectItem(id);
    }

    /** Runs a prepared statement on {@code <schema>.items}: {@code $items} in {@code sql} names the table. */
    protected void run(String sql, Object... values) {
        try (Connection connection = items.dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql.replace("$items", items.items()))) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Selects the items of {@code ids} in one statement, as a batch fetch does: {@code where id in (?, ?, ...)}. */
    protected void selectItemsIn(Integer... ids) {
        String marks = String.join(", ", Collections.nCopies(ids.length, "?"));
        run("select name from $items where id in (" + marks + ")", (Object[]) ids);
    }

    /** Selects the items of {@code ids} with one array, as Hibernate does on PostgreSQL: {@code = any (?)}. */
    protected void selectItemsAny(Integer... ids) {
        try (Connection connection = items.dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select name from " + items.items() + " where id = any (?)")) {
            statement.setArray(1, connection.createArrayOf("integer", ids));
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs plain SQL through a {@code Statement}: values written into the text. */
    protected void execute(String sql) {
        try (Connection connection = items.dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql.replace("$items", items.items()));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
