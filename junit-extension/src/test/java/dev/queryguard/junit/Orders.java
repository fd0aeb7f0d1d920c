package dev.queryguard.junit;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code orders(id, item_id)} beside {@link TestItems}' three items, for the scaling fixtures: each order
 * points at an item. Statements run on the connection of the transaction bound by {@link #rolledBack}, like
 * an application's data access code inside a framework's transaction, or on a connection of their own.
 */
public final class Orders implements AutoCloseable {

    /** Where the tables live. */
    public enum Database {
        H2, POSTGRES;

        TestItems open() {
            return this == H2 ? new TestItems() : TestItems.postgres();
        }
    }

    public final TestItems items;
    private final ThreadLocal<Connection> transaction = new ThreadLocal<>();

    private Orders(TestItems items) {
        this.items = items;
        items.execute("create table " + table() + " (id int primary key, item_id int)");
    }

    public static Orders on(Database database) {
        return new Orders(database.open());
    }

    public String table() {
        return items.schema + ".orders";
    }

    /** Deletes every order, then creates {@code n}. */
    public void replaceWith(int n) {
        update("delete from " + table());
        insert(n);
    }

    /**
     * Creates {@code n} orders, numbered from {@code n * 100 + 1} so that each scale's orders are new, pointing
     * at the items in turn.
     */
    public void insert(int n) {
        for (int k = 1; k <= n; k++) {
            update("insert into " + table() + " values (" + (n * 100 + k) + ", " + ((k - 1) % 3 + 1) + ")");
        }
    }

    /** The ids of the orders. */
    public List<Integer> ids() {
        return query("select id from " + table() + " order by id", -1);
    }

    /** The item of one order: the statement an N+1 runs per order. */
    public int itemOf(int orderId) {
        return query("select item_id from " + table() + " where id = ?", orderId).get(0);
    }

    /** The item of every order, in one statement. */
    public List<Integer> itemsOfAll() {
        return query("select o.id, i.id from " + table() + " o join " + items.items() + " i on i.id = o.item_id"
                + " order by o.id", -1);
    }

    public int count() {
        return query("select count(*) from " + table(), -1).get(0);
    }

    /** Runs {@code work} in a transaction bound to the thread, then rolls it back. */
    public void rolledBack(Runnable work) throws SQLException {
        try (Connection connection = items.dataSource.getConnection()) {
            connection.setAutoCommit(false);
            transaction.set(connection);
            try {
                work.run();
            } finally {
                transaction.remove();
                connection.rollback();
            }
        }
    }

    private void update(String sql) {
        run(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.executeUpdate();
            }
            return null;
        });
    }

    private List<Integer> query(String sql, int parameter) {
        return run(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                if (parameter >= 0) {
                    statement.setInt(1, parameter);
                }
                List<Integer> values = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        values.add(rows.getInt(1));
                    }
                }
                return values;
            }
        });
    }

    private <T> T run(SqlWork<T> work) {
        Connection bound = transaction.get();
        try {
            if (bound != null) {
                return work.run(bound);
            }
            DataSource dataSource = items.dataSource;
            try (Connection connection = dataSource.getConnection()) {
                return work.run(connection);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        items.dropSchema();
    }

    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
