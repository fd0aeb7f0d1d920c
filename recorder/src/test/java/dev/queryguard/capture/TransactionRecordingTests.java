package dev.queryguard.capture;

import dev.queryguard.DelegatingDataSource;
import dev.queryguard.ItemsFixture;
import dev.queryguard.QueryGuard;
import dev.queryguard.TestDatabase;
import dev.queryguard.recording.Recording;
import dev.queryguard.recording.StatementEntry;
import dev.queryguard.recording.TransactionAction;
import dev.queryguard.recording.TransactionEntry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

class TransactionRecordingTests {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givesStatementsUnderAutocommitNoTransaction(TestDatabase database) throws Exception {
        try (ItemsFixture fixture = ItemsFixture.on(database)) {
            Recording recording = QueryGuard.record(() -> {
                try (Connection connection = fixture.recorded.getConnection();
                     Statement statement = connection.createStatement()) {
                    statement.executeQuery("select * from " + fixture.items).close();
                    statement.executeUpdate("update " + fixture.items + " set name = 'x' where id = 1");
                }
            });

            assertThat(recording.statements()).extracting(StatementEntry::transactionId).containsOnlyNulls();
            assertThat(recording.transactions()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void opensATransactionAtTheFirstStatementAndEndsItAtCommitOrRollback(TestDatabase database) throws Exception {
        try (ItemsFixture fixture = ItemsFixture.on(database)) {
            Recording recording = QueryGuard.record(() -> {
                try (Connection connection = fixture.recorded.getConnection();
                     Statement statement = connection.createStatement()) {
                    connection.setAutoCommit(false);
                    statement.executeQuery("select * from " + fixture.items).close();
                    statement.executeUpdate("update " + fixture.items + " set name = 'x' where id = 1");
                    connection.commit();
                    statement.executeUpdate("update " + fixture.items + " set name = 'y' where id = 2");
                    connection.rollback();
                    connection.commit();
                }
            });

            Long first = recording.statements().get(0).transactionId();
            Long second = recording.statements().get(2).transactionId();
            assertThat(first).isNotNull();
            assertThat(recording.statements().get(1).transactionId()).isEqualTo(first);
            assertThat(second).isNotNull().isNotEqualTo(first);
            assertThat(recording.transactions()).extracting(TransactionEntry::action)
                    .containsExactly(TransactionAction.COMMIT, TransactionAction.ROLLBACK, TransactionAction.COMMIT);
            assertThat(recording.transactions()).extracting(TransactionEntry::transactionId)
                    .containsExactly(first, second, null);
            assertThat(recording.entries()).hasSize(6);
            assertThat(recording.transactionCount()).isEqualTo(3);
            assertThat(recording.count()).isEqualTo(3);
            assertThat(recording.transactions().get(0).callSite().className())
                    .isEqualTo(TransactionRecordingTests.class.getName());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void recordsSavepointsWithoutEndingTheTransaction(TestDatabase database) throws Exception {
        try (ItemsFixture fixture = ItemsFixture.on(database)) {
            Recording recording = QueryGuard.record(() -> {
                try (Connection connection = fixture.recorded.getConnection();
                     Statement statement = connection.createStatement()) {
                    connection.setAutoCommit(false);
                    statement.executeUpdate("update " + fixture.items + " set name = 'a' where id = 1");
                    Savepoint savepoint = connection.setSavepoint("before_b");
                    statement.executeUpdate("update " + fixture.items + " set name = 'b' where id = 1");
                    connection.rollback(savepoint);
                    statement.executeUpdate("update " + fixture.items + " set name = 'c' where id = 1");
                    Savepoint second = connection.setSavepoint();
                    connection.releaseSavepoint(second);
                    connection.commit();
                }
            });

            assertThat(recording.transactions()).extracting(TransactionEntry::action).containsExactly(
                    TransactionAction.SAVEPOINT, TransactionAction.ROLLBACK_TO_SAVEPOINT,
                    TransactionAction.SAVEPOINT, TransactionAction.RELEASE_SAVEPOINT, TransactionAction.COMMIT);
            Long transaction = recording.statements().get(0).transactionId();
            assertThat(recording.statements()).extracting(StatementEntry::transactionId)
                    .containsOnly(transaction);
            assertThat(recording.transactions()).extracting(TransactionEntry::transactionId)
                    .containsOnly(transaction);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void commitsTheOpenTransactionWhenAutocommitIsSwitchedBackOn(TestDatabase database) throws Exception {
        try (ItemsFixture fixture = ItemsFixture.on(database)) {
            Recording recording = QueryGuard.record(() -> {
                try (Connection connection = fixture.recorded.getConnection();
                     Statement statement = connection.createStatement()) {
                    connection.setAutoCommit(false);
                    statement.executeUpdate("update " + fixture.items + " set name = 'a' where id = 1");
                    connection.setAutoCommit(true);
                    statement.executeUpdate("update " + fixture.items + " set name = 'b' where id = 1");
                }
            });

            assertThat(recording.transactions()).singleElement().satisfies(commit -> {
                assertThat(commit.action()).isEqualTo(TransactionAction.COMMIT);
                assertThat(commit.transactionId()).isEqualTo(recording.statements().get(0).transactionId());
            });
            assertThat(recording.statements().get(1).transactionId()).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void seesTransactionsOfConnectionsHandedOutWithAutocommitOff(TestDatabase database) throws Exception {
        try (ItemsFixture fixture = ItemsFixture.on(database)) {
            // Stands for a pool configured with autoCommit=false: every connection comes out with it off.
            DataSource pool = QueryGuard.wrap(new DelegatingDataSource(database.rawDataSource()) {
                @Override
                protected Connection handOut(Connection connection) throws SQLException {
                    connection.setAutoCommit(false);
                    return connection;
                }
            });
            Recording recording = QueryGuard.record(() -> {
                try (Connection connection = pool.getConnection();
                     Statement statement = connection.createStatement()) {
                    statement.executeUpdate("update " + fixture.items + " set name = 'a' where id = 1");
                    statement.executeUpdate("update " + fixture.items + " set name = 'b' where id = 2");
                    connection.rollback();
                }
            });

            Long transaction = recording.statements().get(0).transactionId();
            assertThat(transaction).isNotNull();
            assertThat(recording.statements().get(1).transactionId()).isEqualTo(transaction);
            assertThat(recording.transactions()).singleElement()
                    .extracting(TransactionEntry::action).isEqualTo(TransactionAction.ROLLBACK);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void tracksTransactionsThatBeganBeforeTheRecording(TestDatabase database) throws Exception {
        try (ItemsFixture fixture = ItemsFixture.on(database);
             Connection connection = fixture.recorded.getConnection();
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.executeUpdate("update " + fixture.items + " set name = 'a' where id = 1");

            Recording recording = QueryGuard.record(() -> {
                statement.executeUpdate("update " + fixture.items + " set name = 'b' where id = 2");
                connection.commit();
            });

            Long transaction = recording.statements().get(0).transactionId();
            assertThat(transaction).isNotNull();
            assertThat(recording.transactions()).singleElement()
                    .extracting(TransactionEntry::transactionId).isEqualTo(transaction);
        }
    }
}
