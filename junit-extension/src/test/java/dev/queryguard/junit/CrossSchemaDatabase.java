package dev.queryguard.junit;

import dev.queryguard.QueryGuard;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import org.junit.platform.testkit.engine.EngineExecutionResults;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * GitLab's decomposed database in miniature, in schemas of their own so runs never meet: {@code <main>.packages},
 * {@code <ci>.ci_pipelines} and an unmapped {@code <other>.users}, recorded through QueryGuard, on H2 in memory or
 * on the local PostgreSQL. Its statements' call sites are the fixture lines that call it (this class is
 * QueryGuard's own code as far as call sites go).
 */
public final class CrossSchemaDatabase {

    public final String main;
    public final String ci;
    public final String other;
    private final DataSource raw;
    private final DataSource dataSource;

    private CrossSchemaDatabase(DataSource raw) {
        String prefix = "qg_" + UUID.randomUUID().toString().substring(0, 8);
        this.main = prefix + "_main";
        this.ci = prefix + "_ci";
        this.other = prefix + "_other";
        this.raw = raw;
        this.dataSource = QueryGuard.wrap(raw);
        execute("create schema " + main, "create schema " + ci, "create schema " + other,
                "create table " + other + ".users (id int primary key, name varchar(50))",
                "create table " + main + ".packages (id int primary key, name varchar(50), pipeline_id int,"
                        + " owner_id int)",
                "create table " + ci + ".ci_pipelines (id int primary key, status varchar(20))",
                "insert into " + other + ".users values (1, 'ann')",
                "insert into " + main + ".packages values (1, 'gem', 10, 1), (2, 'npm', 20, 1)",
                "insert into " + ci + ".ci_pipelines values (10, 'success'), (20, 'running')");
    }

    /** {@code h2} or {@code postgresql}. */
    public static CrossSchemaDatabase open(String database) {
        return switch (database) {
            case "h2" -> {
                JdbcDataSource h2 = new JdbcDataSource();
                h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
                yield new CrossSchemaDatabase(h2);
            }
            case "postgresql" -> {
                PGSimpleDataSource postgres = new PGSimpleDataSource();
                postgres.setUrl("jdbc:postgresql://127.0.0.1:5432/test");
                postgres.setUser("postgres");
                yield new CrossSchemaDatabase(postgres);
            }
            default -> throw new IllegalArgumentException("no such database: " + database);
        };
    }

    /** The system properties that declare the groups: {@code main} and {@code ci}, each its own schema. */
    public Map<String, String> groups() {
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put("queryguard.group.main", main + ".*");
        groups.put("queryguard.group.ci", ci + ".*");
        return groups;
    }

    /** Runs {@code fixture} with the groups declared as system properties, and {@code keysAndValues} too. */
    public EngineExecutionResults run(Class<?> fixture, String... keysAndValues) {
        Map<String, String> properties = new LinkedHashMap<>(groups());
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        properties.forEach(System::setProperty);
        try {
            return Kit.run(fixture);
        } finally {
            properties.keySet().forEach(System::clearProperty);
        }
    }

    /** The line of the caller, to pin call sites: call it on the line of the statement. */
    public static int here() {
        return new Throwable().getStackTrace()[1].getLineNumber();
    }

    /** One statement joining main and ci: the crossing. */
    public String packageWithPipeline(int id) {
        return queryOne("select p.name, c.status from " + main + ".packages p join " + ci
                + ".ci_pipelines c on c.id = p.pipeline_id where p.id = ?", id);
    }

    /** The same rows in a statement per group. */
    public String packageThenPipeline(int id) {
        String pipelineId = queryOne("select p.pipeline_id from " + main + ".packages p where p.id = ?", id);
        return queryOne("select c.status from " + ci + ".ci_pipelines c where c.id = ?", Integer.parseInt(pipelineId));
    }

    /** A crossing hidden in an {@code EXISTS} subquery. */
    public String packagesWithRunningPipelines() {
        return queryOne("select p.name from " + main + ".packages p where exists (select 1 from " + ci
                + ".ci_pipelines c where c.id = p.pipeline_id and c.status = 'running')");
    }

    /** A join of main with a table of no group. */
    public String packageWithOwner(int id) {
        return queryOne("select p.name, u.name from " + main + ".packages p join " + other
                + ".users u on u.id = p.owner_id where p.id = ?", id);
    }

    /** Runs a query with integer binds and returns the first column of its first row. */
    public String queryOne(String sql, int... binds) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < binds.length; i++) {
                statement.setInt(i + 1, binds[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void drop() {
        try (Connection connection = raw.getConnection(); Statement statement = connection.createStatement()) {
            for (String schema : new String[] {main, ci, other}) {
                statement.execute("drop schema " + schema + " cascade");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String... statements) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
