package dev.queryguard.sample.db;

import dev.queryguard.QueryGuard;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh database of its own for one run of the sample app, with the schemas migrated, dropped again on
 * {@link #close()}. On H2 it is an in-memory database in PostgreSQL mode; on PostgreSQL a database
 * {@code qg_sample_<random>} created on the server, so that runs and tests never see each other's rows.
 *
 * <p>The PostgreSQL server is found with the system properties {@value #POSTGRES_URL} (default
 * {@value #DEFAULT_POSTGRES_URL}: the server's maintenance database, where {@code CREATE DATABASE} runs),
 * {@value #POSTGRES_USER} (default {@code postgres}) and {@value #POSTGRES_PASSWORD} (default none).
 * Thread-safe.
 */
public final class Database implements AutoCloseable {

    public static final String POSTGRES_URL = "sample.postgres.url";
    public static final String POSTGRES_USER = "sample.postgres.user";
    public static final String POSTGRES_PASSWORD = "sample.postgres.password";
    public static final String DEFAULT_POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";

    private static final System.Logger LOG = System.getLogger(Database.class.getName());

    private final DatabaseKind kind;
    private final String name;
    private final DataSource raw;
    private final DataSource recorded;
    private final String server;

    private Database(DatabaseKind kind, String name, DataSource raw, String server) {
        this.kind = kind;
        this.name = name;
        this.raw = raw;
        this.server = server;
        this.recorded = QueryGuard.wrap(raw);
    }

    /** Creates a fresh database of {@code kind} and applies the migrations. */
    public static Database create(DatabaseKind kind) {
        String name = "qg_sample_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Database database = switch (kind) {
            case H2 -> new Database(kind, name, h2(name), "H2 in memory, PostgreSQL mode");
            case POSTGRES -> new Database(kind, name, postgres(name), "PostgreSQL at " + postgresAdmin().getUrl()
                    .replaceFirst("\\?.*", "").replaceFirst("/[^/]*$", "") + ", " + PostgresServer.get().origin());
        };
        try {
            Migrations.apply(database.raw);
        } catch (RuntimeException | Error e) {
            database.close();
            throw e;
        }
        LOG.log(System.Logger.Level.INFO, "Sample app database: {0}", database.description());
        return database;
    }

    public DatabaseKind kind() {
        return kind;
    }

    /** The database's name: {@code qg_sample_<random>}. */
    public String name() {
        return name;
    }

    /** The DataSource the app uses: every statement through it is recorded by QueryGuard. */
    public DataSource dataSource() {
        return recorded;
    }

    /** The DataSource without recording, for set-up work nobody measures (migrations). */
    public DataSource unrecordedDataSource() {
        return raw;
    }

    /**
     * What the log says: {@code qg_sample_... on H2 in memory, PostgreSQL mode} or
     * {@code qg_sample_... on PostgreSQL at jdbc:postgresql://127.0.0.1:5432}.
     */
    public String description() {
        return name + " on " + server;
    }

    /** Drops the database. */
    @Override
    public void close() {
        try {
            switch (kind) {
                case H2 -> {
                    try (Connection connection = raw.getConnection(); Statement statement = connection.createStatement()) {
                        statement.execute("SHUTDOWN");
                    }
                }
                case POSTGRES -> {
                    try (Connection connection = postgresAdmin().getConnection();
                         Statement statement = connection.createStatement()) {
                        statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                    }
                }
            }
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not drop the sample app database " + name, e);
        }
    }

    private static DataSource h2(String name) {
        JdbcDataSource h2 = new JdbcDataSource();
        // DATABASE_TO_LOWER: identifiers read as PostgreSQL reads them; DB_CLOSE_DELAY: alive between connections.
        h2.setURL("jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        return h2;
    }

    private static DataSource postgres(String name) {
        PGSimpleDataSource admin = postgresAdmin();
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + name + " on PostgreSQL at "
                    + admin.getUrl() + " as " + admin.getUser() + " (set " + POSTGRES_URL + ", " + POSTGRES_USER
                    + " and " + POSTGRES_PASSWORD + " to use another server): " + e.getMessage(), e);
        }
        PGSimpleDataSource database = postgresAdmin();
        database.setDatabaseName(name);
        return database;
    }

    private static PGSimpleDataSource postgresAdmin() {
        PostgresServer server = PostgresServer.get();
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setUrl(server.url());
        admin.setUser(server.user());
        if (server.password() != null) {
            admin.setPassword(server.password());
        }
        return admin;
    }
}
