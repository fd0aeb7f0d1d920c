package dev.queryguard.capture;

import dev.queryguard.ItemsFixture;
import dev.queryguard.QueryGuard;
import dev.queryguard.TestDatabase;
import dev.queryguard.analysis.StatementKind;
import dev.queryguard.recording.Recording;
import dev.queryguard.recording.StatementEntry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatementRecordingTests {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void recordsEveryStatementInOrderWithItsDetails(TestDatabase database) throws Exception {
        try (ItemsFixture fixture = ItemsFixture.on(database)) {
            Recording recording = QueryGuard.record(() -> {
                try (Connection connection = fixture.recorded.getConnection()) {
                    try (PreparedStatement select = connection.prepareStatement(
                            "select name from " + fixture.items + " where id > ? order by id")) {
                        select.setInt(1, 1);
                        try (ResultSet rows = select.executeQuery()) {
                            while (rows.next()) {
                                rows.getString(1);
                            }
                        }
                    }
                    try (PreparedStatement update = connection.prepareStatement(
                            "update " + fixture.items + " set name = ? where id <= ?")) {
                        update.setString(1, "small");
                        update.setInt(2, 2);
                        update.executeUpdate();
                    }
                }
            });

            assertThat(recording.statements()).hasSize(2);
            StatementEntry select = recording.statements().get(0);
            assertThat(select.sql()).isEqualTo("select name from " + fixture.items + " where id > ? order by id");
            assertThat(select.kind()).isEqualTo(StatementKind.SELECT);
            assertThat(select.boundValues()).containsExactly(1);
            assertThat(select.rowsRead()).isEqualTo(2);
            assertThat(select.rowsAffected()).isEqualTo(-1);
            assertThat(select.batch()).isFalse();
            assertThat(select.transactionId()).isNull();
            assertThat(select.thread()).isEqualTo(Thread.currentThread().getName());
            assertThat(select.succeeded()).isTrue();
            assertThat(select.callSite().className()).isEqualTo(StatementRecordingTests.class.getName());
            assertThat(select.callSite().methodName()).startsWith("lambda$recordsEveryStatementInOrderWithItsDetails");
            assertThat(select.callSite().toString()).startsWith("StatementRecordingTests.java:");
            assertThat(select.stack()).isEmpty();

            StatementEntry update = recording.statements().get(1);
            assertThat(update.kind()).isEqualTo(StatementKind.UPDATE);
            assertThat(update.boundValues()).containsExactly("small", 2);
            assertThat(update.rowsAffected()).isEqualTo(2);
            assertThat(update.rowsRead()).isZero();
            assertThat(update.connectionId()).isEqualTo(select.connectionId());
            assertThat(update.start()).isAfterOrEqualTo(select.start());
            assertThat(recording.count()).isEqualTo(2);
            assertThat(recording.count(StatementKind.SELECT)).isEqualTo(1);
            assertThat(recording.count(StatementKind.UPDATE)).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void recordsPlainStatementsAndExecuteWithRowsOfItsResultSet(TestDatabase database) throws Exception {
        try (ItemsFixture fixture = ItemsFixture.on(database)) {
            Recording recording = QueryGuard.record(() -> {
                try (Connection connection = fixture.recorded.getConnection();
                     Statement statement = connection.createStatement()) {
                    statement.execute("select id from " + fixture.items);
                    try (ResultSet rows = statement.getResultSet()) {
                        while (rows.next()) {
                            rows.getInt(1);
                        }
                    }
                    statement.execute("delete from " + fixture.items + " where id = 3");
                }
            });

            assertThat(recording.statements()).extracting(StatementEntry::kind)
                    .containsExactly(StatementKind.SELECT, StatementKind.DELETE);
            assertThat(recording.statements().get(0).rowsRead()).isEqualTo(3);
            assertThat(recording.statements().get(0).boundValues()).isEmpty();
            assertThat(recording.statements().get(1).rowsAffected()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void passesTheDriversExceptionThroughUntouchedAndRecordsIt(TestDatabase database) throws Exception {
        try (ItemsFixture fixture = ItemsFixture.on(database)) {
            List<SQLException> thrown = new ArrayList<>();
            Recording recording = QueryGuard.record(() -> {
                try (Connection connection = fixture.recorded.getConnection();
                     Statement statement = connection.createStatement()) {
                    statement.executeQuery("select no_such_column from " + fixture.items);
                } catch (SQLException e) {
                    thrown.add(e);
                }
            });

            assertThat(thrown).hasSize(1);
            assertThat(thrown.get(0).getClass().getName()).doesNotStartWith("dev.queryguard");
            StatementEntry failed = recording.statements().get(0);
            assertThat(failed.succeeded()).isFalse();
            assertThat((Throwable) failed.error()).isSameAs(thrown.get(0));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void recordsOneEntryPerBatchWithItsSize(TestDatabase database) throws Exception {
        try (ItemsFixture fixture = ItemsFixture.on(database)) {
            Recording recording = QueryGuard.record(() -> {
                try (Connection connection = fixture.recorded.getConnection();
                     PreparedStatement insert = connection.prepareStatement(
                             "insert into " + fixture.items + " (id, name) values (?, ?)")) {
                    for (int id = 10; id < 15; id++) {
                        insert.setInt(1, id);
                        insert.setString(2, "item " + id);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                    insert.setInt(1, 20);
                    insert.setString(2, "item 20");
                    insert.addBatch();
                    insert.executeBatch();
                }
            });

            assertThat(recording.statements()).hasSize(2);
            StatementEntry first = recording.statements().get(0);
            assertThat(first.kind()).isEqualTo(StatementKind.INSERT);
            assertThat(first.batchSize()).isEqualTo(5);
            assertThat(first.rowsAffected()).isEqualTo(5);
            assertThat(first.boundValues()).isEmpty();
            assertThat(recording.statements().get(1).batchSize()).isEqualTo(1);
            assertThat(recording.repeatedStatements()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void recordsAPlainStatementBatchOfMixedStatementsAsOneEntry(TestDatabase database) throws Exception {
        try (ItemsFixture fixture = ItemsFixture.on(database)) {
            Recording recording = QueryGuard.record(() -> {
                try (Connection connection = fixture.recorded.getConnection();
                     Statement statement = connection.createStatement()) {
                    statement.addBatch("insert into " + fixture.items + " values (30, 'a')");
                    statement.addBatch("update " + fixture.items + " set name = 'b' where id = 30");
                    statement.executeBatch();
                }
            });

            assertThat(recording.statements()).hasSize(1);
            assertThat(recording.statements().get(0).batchSize()).isEqualTo(2);
            assertThat(recording.statements().get(0).sql()).contains("insert into").contains("update");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void marksStatementsRepeatedOnlyWithTheSameBoundValues(TestDatabase database) throws Exception {
        try (ItemsFixture fixture = ItemsFixture.on(database)) {
            String sql = "select name from " + fixture.items + " where id = ?";
            Recording recording = QueryGuard.record(() -> {
                try (Connection connection = fixture.recorded.getConnection();
                     PreparedStatement select = connection.prepareStatement(sql)) {
                    for (int id : new int[] {1, 2, 1, 1}) {
                        select.setInt(1, id);
                        select.executeQuery().close();
                    }
                }
            });

            assertThat(recording.statements()).extracting(StatementEntry::executions).containsExactly(3, 1, 3, 3);
            assertThat(recording.statements()).extracting(StatementEntry::repeated)
                    .containsExactly(true, false, true, true);
            assertThat(recording.repeatedStatements()).singleElement().satisfies(repeated -> {
                assertThat(repeated.sql()).isEqualTo(sql);
                assertThat(repeated.boundValues()).containsExactly(1);
                assertThat(repeated.executions()).isEqualTo(3);
                assertThat(repeated.first()).isSameAs(recording.statements().get(0));
            });
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void recordsNothingOutsideAScope(TestDatabase database) throws Exception {
        try (ItemsFixture fixture = ItemsFixture.on(database)) {
            try (Connection connection = fixture.recorded.getConnection();
                 Statement statement = connection.createStatement()) {
                statement.executeQuery("select * from " + fixture.items).close();
            }
            Recording recording = QueryGuard.record(() -> { });

            assertThat(recording.entries()).isEmpty();
            assertThat(recording.count()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void keepsLargeBoundValuesAsShortDescriptions(TestDatabase database) throws Exception {
        try (ItemsFixture fixture = ItemsFixture.on(database)) {
            database.execute("create table " + fixture.schema + ".blobs (id int, data varchar(5000))");
            String big = "x".repeat(3_000);
            Recording recording = QueryGuard.record(() -> {
                try (Connection connection = fixture.recorded.getConnection();
                     PreparedStatement insert = connection.prepareStatement(
                             "insert into " + fixture.schema + ".blobs values (?, ?)")) {
                    insert.setInt(1, 1);
                    insert.setString(2, big);
                    insert.executeUpdate();
                }
            });

            Object kept = recording.statements().get(0).boundValues().get(1);
            assertThat(kept).asString().hasSize(1_000 + "...(3000 characters)".length())
                    .endsWith("...(3000 characters)");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void failsNothingWhenTheConnectionIsClosed(TestDatabase database) throws Exception {
        try (ItemsFixture fixture = ItemsFixture.on(database)) {
            List<SQLException> thrown = new ArrayList<>();
            Recording recording = QueryGuard.record(() -> {
                Connection connection = fixture.recorded.getConnection();
                PreparedStatement select = connection.prepareStatement("select * from " + fixture.items);
                connection.close();
                try {
                    select.executeQuery();
                } catch (SQLException e) {
                    thrown.add(e);
                }
            });

            assertThat(thrown).hasSize(1);
            assertThat(recording.statements()).singleElement()
                    .satisfies(entry -> assertThat((Throwable) entry.error()).isSameAs(thrown.get(0)));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void rejectsNullBlocks(TestDatabase database) {
        assertThatThrownBy(() -> QueryGuard.record(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("block must not be null");
        assertThatThrownBy(() -> QueryGuard.wrap(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("dataSource must not be null");
    }
}
