package dev.queryguard.benchmarks;

import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The in-memory H2 table the statement benchmarks read: {@value #ROWS} items, looked up by primary key with
 * the select Hibernate writes for {@code em.find(Item.class, id)}. Not thread-safe; set up once per trial.
 */
final class ItemTable {

    static final int ROWS = 1_000;

    /** Hibernate 6+'s shape: aliased columns, a bind marker, no white space to spare. */
    static final String FIND_BY_ID =
            "select i1_0.id,i1_0.created_at,i1_0.name,i1_0.price,i1_0.sku from item i1_0 where i1_0.id=?";

    private static final String URL = "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1";

    private ItemTable() {
    }

    /** The raw H2 DataSource, with the table created and filled on first use in this JVM. */
    static DataSource rawDataSource() throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(URL);
        try (Connection connection = dataSource.getConnection(); Statement ddl = connection.createStatement()) {
            ddl.execute("create table if not exists item (id bigint primary key, created_at timestamp not null,"
                    + " name varchar(100) not null, price numeric(10,2) not null, sku varchar(20) not null)");
            fill(connection);
        }
        return dataSource;
    }

    private static void fill(Connection connection) throws SQLException {
        try (Statement count = connection.createStatement();
             var rows = count.executeQuery("select count(*) from item")) {
            rows.next();
            if (rows.getLong(1) == ROWS) {
                return;
            }
        }
        Instant created = Instant.parse("2025-01-01T00:00:00Z");
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into item (id, created_at, name, price, sku) values (?, ?, ?, ?, ?)")) {
            for (int id = 1; id <= ROWS; id++) {
                insert.setLong(1, id);
                insert.setTimestamp(2, Timestamp.from(created.plusSeconds(id * 60L)));
                insert.setString(3, "Item number " + id);
                insert.setBigDecimal(4, BigDecimal.valueOf(id * 137L % 10_000, 2));
                insert.setString(5, "SKU-" + (100_000 + id));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
