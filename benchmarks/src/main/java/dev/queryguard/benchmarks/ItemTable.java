package dev.queryguard.benchmarks;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * The table the statement benchmarks read: {@value #ROWS} items, looked up by primary key with the select
 * Hibernate writes for {@code em.find(Item.class, id)}. On H2 it lives in memory for the JVM's life; on
 * PostgreSQL (database {@code test} on 127.0.0.1:5432, user {@code postgres}) in a fresh schema that
 * {@link #drop()} removes. Not thread-safe; set up once per trial.
 */
final class ItemTable {

    static final int ROWS = 1_000;

    /** Hibernate 6+'s shape: aliased columns, a bind marker, no white space to spare. */
    static final String FIND_BY_ID =
            "select i1_0.id,i1_0.created_at,i1_0.name,i1_0.price,i1_0.sku from item i1_0 where i1_0.id=?";

    private static final String H2_URL = "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1";
    private static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private final DataSource dataSource;
    private final String schema;

    private ItemTable(DataSource dataSource, String schema) {
        this.dataSource = dataSource;
        this.schema = schema;
    }

    /** The table on {@code database} ({@code h2} or {@code postgresql}), created and filled. */
    static ItemTable on(String database) throws SQLException {
        ItemTable table = switch (database) {
            case "h2" -> h2();
            case "postgresql" -> postgres();
            default -> throw new IllegalArgumentException("database must be h2 or postgresql: " + database);
        };
        try (Connection connection = table.dataSource.getConnection();
             Statement ddl = connection.createStatement()) {
            ddl.execute("create table if not exists item (id bigint primary key, created_at timestamp not null,"
                    + " name varchar(100) not null, price numeric(10,2) not null, sku varchar(20) not null)");
            fill(connection);
        }
        return table;
    }

    private static ItemTable h2() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(H2_URL);
        return new ItemTable(dataSource, null);
    }

    private static ItemTable postgres() throws SQLException {
        String schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(POSTGRES_URL);
        dataSource.setUser("postgres");
        try (Connection connection = dataSource.getConnection(); Statement ddl = connection.createStatement()) {
            ddl.execute("create schema " + schema);
        }
        dataSource.setCurrentSchema(schema);
        return new ItemTable(dataSource, schema);
    }

    /** The raw driver's DataSource, every variant's starting point. */
    DataSource rawDataSource() {
        return dataSource;
    }

    /** Drops the PostgreSQL schema; the H2 table stays for the next trial of this JVM. */
    void drop() throws SQLException {
        if (schema == null) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement ddl = connection.createStatement()) {
            ddl.execute("drop schema " + schema + " cascade");
        }
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
        try (Statement analyze = connection.createStatement()) {
            // Fresh statistics, so PostgreSQL plans the point select as an index scan from the first call.
            if (connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                analyze.execute("analyze item");
            }
        }
    }
}
