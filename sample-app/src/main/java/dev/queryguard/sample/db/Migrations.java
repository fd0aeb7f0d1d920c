package dev.queryguard.sample.db;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Applies the SQL migrations under {@value #LOCATION} on the class path in version order, each once and in a
 * transaction of its own, and records each in a {@code schema_version} table: a small Flyway.
 */
public final class Migrations {

    /** Where the migrations live on the class path. */
    public static final String LOCATION = "db/migration";

    private static final System.Logger LOG = System.getLogger(Migrations.class.getName());

    private Migrations() {
    }

    /** Applies the migrations {@code dataSource} has not seen yet; returns the versions applied. */
    public static List<Integer> apply(DataSource dataSource) {
        List<Migration> migrations = onClassPath();
        List<Integer> applied = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            Set<Integer> done = appliedVersions(connection);
            for (Migration migration : migrations) {
                if (!done.contains(migration.version())) {
                    apply(connection, migration);
                    applied.add(migration.version());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not migrate the database: " + e.getMessage(), e);
        }
        LOG.log(System.Logger.Level.DEBUG, "Applied migrations {0}", applied);
        return applied;
    }

    /** The migrations on the class path, by version; fails when two share one. */
    static List<Migration> onClassPath() {
        URL location = Migrations.class.getClassLoader().getResource(LOCATION);
        if (location == null) {
            throw new IllegalStateException("No " + LOCATION + " folder on the class path");
        }
        List<Migration> migrations = new ArrayList<>();
        try {
            URI uri = location.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    read(jar.getPath(LOCATION), migrations);
                }
            } else {
                read(Path.of(uri), migrations);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        migrations.sort(Comparator.comparingInt(Migration::version));
        for (int i = 1; i < migrations.size(); i++) {
            if (migrations.get(i).version() == migrations.get(i - 1).version()) {
                throw new IllegalStateException("Two migrations have version " + migrations.get(i).version() + ": "
                        + migrations.get(i - 1).resource() + " and " + migrations.get(i).resource());
            }
        }
        return migrations;
    }

    private static void read(Path folder, List<Migration> into) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String fileName = file.getFileName().toString();
                if (Migration.isMigration(fileName)) {
                    try (InputStream in = Files.newInputStream(file)) {
                        into.add(Migration.of(fileName, LOCATION + "/" + fileName,
                                new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
            }
        }
    }

    private static Set<Integer> appliedVersions(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
                    + " description VARCHAR(255) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
        }
        Set<Integer> versions = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version FROM schema_version")) {
            while (rows.next()) {
                versions.add(rows.getInt(1));
            }
        }
        return versions;
    }

    private static void apply(Connection connection, Migration migration) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            try (Statement statement = connection.createStatement()) {
                for (String sql : migration.statements()) {
                    statement.execute(sql);
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
                insert.setInt(1, migration.version());
                insert.setString(2, migration.description());
                insert.setTimestamp(3, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new SQLException("Migration " + migration.resource() + " failed: " + e.getMessage(), e);
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
