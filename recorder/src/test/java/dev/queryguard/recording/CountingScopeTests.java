package dev.queryguard.recording;

import dev.queryguard.ItemsFixture;
import dev.queryguard.QueryGuard;
import dev.queryguard.TestDatabase;
import dev.queryguard.analysis.StatementKind;
import dev.queryguard.config.QueryGuardConfig;
import dev.queryguard.recording.internal.RecordingAssembler;
import dev.queryguard.recording.internal.ScopeCounts;
import dev.queryguard.recording.internal.ScopeState;
import dev.queryguard.recording.internal.Scopes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** A counting scope (what the JMH profiler opens per iteration) counts every thread exactly and keeps nothing. */
class CountingScopeTests {

    @AfterEach
    void restoreConfiguration() {
        QueryGuard.configure(QueryGuardConfig.load());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void countsTheStatementsAndRowsOfEveryThreadWithoutKeepingThem(TestDatabase database) throws Exception {
        try (ItemsFixture fixture = ItemsFixture.on(database)) {
            ScopeState scope = Scopes.openCountingScope();
            try (Connection connection = fixture.recorded.getConnection()) {
                selectEachItemWhileReadingAll(connection, fixture.items);
                try (PreparedStatement insert = connection.prepareStatement(
                        "insert into " + fixture.items + " values (?, ?)")) {
                    for (int id = 10; id < 12; id++) {
                        insert.setInt(1, id);
                        insert.setString(2, "batched");
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
            CompletableFuture.runAsync(() -> update(fixture)).join();
            Scopes.close(scope);

            ScopeCounts counts = ScopeCounts.of(scope);
            assertThat(counts.statements()).isEqualTo(6);
            assertThat(counts.statements(StatementKind.SELECT)).isEqualTo(4);
            assertThat(counts.statements(StatementKind.INSERT)).isEqualTo(1);
            assertThat(counts.statements(StatementKind.UPDATE)).isEqualTo(1);
            assertThat(counts.rowsRead()).isEqualTo(6);
            assertThat(counts.crossSchema()).isZero();
            assertThat(counts.unparsed()).isZero();
            assertThat(RecordingAssembler.assemble(scope).entries()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void countsRowsAndCrossSchemaStatementsPastTheCapOfARecording(TestDatabase database) throws Exception {
        try (ItemsFixture fixture = ItemsFixture.on(database)) {
            String owners = fixture.schema + ".owners";
            database.execute("create table " + owners + " (id int primary key)", "insert into " + owners + " values (1)");
            QueryGuard.configure(QueryGuardConfig.fromProperties(Map.of(
                    "queryguard.group.items", fixture.items, "queryguard.group.owners", owners), "test"));
            ScopeState scope = Scopes.openThreadScope(1);
            try (Connection connection = fixture.recorded.getConnection();
                 Statement statement = connection.createStatement()) {
                selectEachItemWhileReadingAll(connection, fixture.items);
                try (ResultSet rows = statement.executeQuery("select i.name from " + fixture.items + " i join "
                        + owners + " o on o.id = i.id")) {
                    while (rows.next()) {
                        rows.getString(1);
                    }
                }
            }
            Scopes.close(scope);

            ScopeCounts counts = ScopeCounts.of(scope);
            assertThat(counts.statements()).isEqualTo(5);
            assertThat(counts.rowsRead()).isEqualTo(7);
            assertThat(counts.crossSchema()).isEqualTo(1);
            assertThat(RecordingAssembler.assemble(scope).entries()).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void leavesTheDetailsToTheRecordingsOpenBesideIt(TestDatabase database) throws Exception {
        try (ItemsFixture fixture = ItemsFixture.on(database)) {
            ScopeState counting = Scopes.openCountingScope();
            Recording recording = QueryGuard.record(() -> {
                try (Connection connection = fixture.recorded.getConnection();
                     PreparedStatement select = connection.prepareStatement(
                             "select name from " + fixture.items + " where id = ?")) {
                    select.setInt(1, 2);
                    select.executeQuery().close();
                }
            });
            Scopes.close(counting);

            assertThat(ScopeCounts.of(counting).statements()).isEqualTo(1);
            assertThat(recording.statements()).singleElement().satisfies(select -> {
                assertThat(select.boundValues()).containsExactly(2);
                assertThat(select.callSite().className()).isEqualTo(CountingScopeTests.class.getName());
            });
        }
    }

    /** Reads the three items and, while their result set is open, selects each by id: 4 selects, 6 rows. */
    private static void selectEachItemWhileReadingAll(Connection connection, String items) throws SQLException {
        try (Statement all = connection.createStatement();
             PreparedStatement one = connection.prepareStatement("select name from " + items + " where id = ?");
             ResultSet rows = all.executeQuery("select id from " + items + " order by id")) {
            while (rows.next()) {
                one.setInt(1, rows.getInt(1));
                try (ResultSet item = one.executeQuery()) {
                    while (item.next()) {
                        item.getString(1);
                    }
                }
            }
        }
    }

    private static void update(ItemsFixture fixture) {
        try (Connection connection = fixture.recorded.getConnection();
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("update " + fixture.items + " set name = 'x' where id = 1");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
