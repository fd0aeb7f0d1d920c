package dev.queryguard.capture;

import dev.queryguard.ItemsFixture;
import dev.queryguard.LoopbackServer;
import dev.queryguard.QueryGuard;
import dev.queryguard.TestDatabase;
import dev.queryguard.recording.ExternalCallEntry;
import dev.queryguard.recording.OpenTransaction;
import dev.queryguard.recording.Recording;
import dev.queryguard.recording.RecordingScope;
import dev.queryguard.recording.StatementEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

class ExternalCallRecordingTests {

    private final LoopbackServer server = new LoopbackServer();
    private HttpClient client;

    @BeforeEach
    void watch() {
        QueryGuard.watchExternalCalls();
        // Built after QueryGuard watches: an HttpClient keeps the default ProxySelector of its build time.
        client = HttpClient.newHttpClient();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void recordsAnHttpClientRequestWithTheTransactionItKeepsOpen(TestDatabase database) throws Exception {
        try (ItemsFixture fixture = ItemsFixture.on(database)) {
            Recording recording = QueryGuard.record(() -> {
                try (Connection connection = fixture.recorded.getConnection();
                     PreparedStatement insert = connection.prepareStatement(
                             "insert into " + fixture.items + " (id, name) values (?, ?)")) {
                    connection.setAutoCommit(false);
                    insert.setInt(1, 10);
                    insert.setString(2, "ten");
                    insert.executeUpdate();
                    insert.setInt(1, 11);
                    insert.setString(2, "eleven");
                    insert.executeUpdate();
                    server.put(client, "/objects/pkg-1.tgz?token=secret");
                    connection.commit();
                }
            });

            assertThat(server.requests()).containsExactly("PUT /objects/pkg-1.tgz");
            ExternalCallEntry call = recording.externalCalls().get(0);
            assertThat(recording.externalCallCount()).isEqualTo(1);
            assertThat(call.kind()).isEqualTo(ExternalCallEntry.HTTP);
            assertThat(call.target()).isEqualTo("http://127.0.0.1:" + server.port() + "/objects/pkg-1.tgz");
            assertThat(call.host()).isEqualTo("127.0.0.1");
            assertThat(call.port()).isEqualTo(server.port());
            assertThat(call.thread()).isEqualTo(Thread.currentThread().getName());
            assertThat(call.callSite().className()).isEqualTo(ExternalCallRecordingTests.class.getName());
            StatementEntry first = recording.statements().get(0);
            assertThat(call.openTransactions()).singleElement().satisfies(open -> {
                assertThat(open.transactionId()).isEqualTo(first.transactionId());
                assertThat(open.connectionId()).isEqualTo(first.connectionId());
                assertThat(open.beganAt()).isEqualTo(first.callSite());
                assertThat(open.beganBeforeRecording()).isFalse();
                assertThat(open.statements()).extracting(StatementEntry::fingerprint).containsExactly(
                        "insert into " + fixture.items + " (id, name) values (?, ?)",
                        "insert into " + fixture.items + " (id, name) values (?, ?)");
                assertThat(open.statementCount()).isEqualTo(2);
            });
            assertThat(call.transactionsBegunInRecording()).hasSize(1);
            assertThat(recording.entries()).map(entry -> entry.getClass().getSimpleName()).containsExactly(
                    "StatementEntry", "StatementEntry", "ExternalCallEntry", "TransactionEntry");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void recordsEveryHttpUrlConnectionRequestOnceKeepAliveIncluded(TestDatabase database) throws Exception {
        try (ItemsFixture fixture = ItemsFixture.on(database)) {
            Recording recording = QueryGuard.record(() -> {
                try (Connection connection = fixture.recorded.getConnection();
                     Statement statement = connection.createStatement()) {
                    connection.setAutoCommit(false);
                    statement.executeUpdate("update " + fixture.items + " set name = 'x' where id = 1");
                    server.post("/hooks/1");
                    server.post("/hooks/2");
                    connection.rollback();
                }
            });

            assertThat(server.requests()).containsExactly("POST /hooks/1", "POST /hooks/2");
            assertThat(recording.externalCalls()).extracting(ExternalCallEntry::target).containsExactly(
                    "http://127.0.0.1:" + server.port() + "/hooks/1", "http://127.0.0.1:" + server.port() + "/hooks/2");
            assertThat(recording.externalCalls()).allSatisfy(call -> assertThat(call.openTransactions()).hasSize(1));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void seesNoOpenTransactionAfterCommitNorUnderAutocommit(TestDatabase database) throws Exception {
        try (ItemsFixture fixture = ItemsFixture.on(database)) {
            Recording recording = QueryGuard.record(() -> {
                try (Connection connection = fixture.recorded.getConnection();
                     Statement statement = connection.createStatement()) {
                    statement.executeUpdate("update " + fixture.items + " set name = 'a' where id = 1");
                    server.post("/under-autocommit");
                    connection.setAutoCommit(false);
                    statement.executeUpdate("update " + fixture.items + " set name = 'b' where id = 1");
                    connection.commit();
                    server.put(client, "/after-commit");
                    statement.executeUpdate("update " + fixture.items + " set name = 'c' where id = 1");
                    connection.setAutoCommit(true);
                    server.put(client, "/after-autocommit-on");
                }
            });

            assertThat(recording.externalCalls()).hasSize(3)
                    .allSatisfy(call -> assertThat(call.openTransactions()).isEmpty());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void marksATransactionOpenedBeforeTheRecordingAsSuch(TestDatabase database) throws Exception {
        try (ItemsFixture fixture = ItemsFixture.on(database);
             Connection connection = fixture.recorded.getConnection();
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.executeUpdate("update " + fixture.items + " set name = 'before' where id = 1");

            Recording recording = QueryGuard.record(() -> {
                statement.executeUpdate("update " + fixture.items + " set name = 'inside' where id = 2");
                server.put(client, "/objects/1");
            });
            connection.rollback();

            ExternalCallEntry call = recording.externalCalls().get(0);
            assertThat(call.openTransactions()).singleElement().satisfies(open -> {
                assertThat(open.beganBeforeRecording()).isTrue();
                assertThat(open.beganAt()).isNull();
                assertThat(open.statementCount()).isEqualTo(1);
            });
            assertThat(call.transactionsBegunInRecording()).isEmpty();
        }
    }

    /** A test framework's transaction (Spring's @Transactional) turns autocommit off before the test body. */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void datesATransactionFromAutocommitGoingOffBeforeItsFirstStatement(TestDatabase database) throws Exception {
        try (ItemsFixture fixture = ItemsFixture.on(database);
             Connection connection = fixture.recorded.getConnection();
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);

            Recording wrapped = QueryGuard.record(() -> {
                statement.executeUpdate("update " + fixture.items + " set name = 'inside' where id = 2");
                server.put(client, "/objects/1");
            });
            connection.commit();
            Recording afterTheCommit = QueryGuard.record(() -> {
                statement.executeUpdate("update " + fixture.items + " set name = 'next' where id = 2");
                server.put(client, "/objects/2");
            });
            connection.rollback();

            assertThat(wrapped.externalCalls().get(0).openTransactions()).singleElement()
                    .satisfies(open -> assertThat(open.beganBeforeRecording()).isTrue());
            assertThat(afterTheCommit.externalCalls().get(0).openTransactions()).singleElement()
                    .satisfies(open -> assertThat(open.beganBeforeRecording()).isFalse());
        }
    }

    /** A jdbc:p6spy: connection without autocommit may wait in a pool long before its first transaction. */
    @Test
    void datesTheFirstTransactionOfAConnectionTheDriverOpenedFromItsFirstStatement() throws Exception {
        try (ItemsFixture fixture = ItemsFixture.on(TestDatabase.H2);
             Connection connection = DriverManager.getConnection(
                     TestDatabase.H2.jdbcUrl().replace("jdbc:", "jdbc:p6spy:") + ";AUTOCOMMIT=OFF");
             Statement statement = connection.createStatement()) {
            assertThat(connection.getAutoCommit()).isFalse();

            Recording recording = QueryGuard.record(() -> {
                statement.executeUpdate("update " + fixture.items + " set name = 'x' where id = 1");
                server.put(client, "/objects/1");
            });
            connection.rollback();

            assertThat(recording.externalCalls().get(0).openTransactions()).singleElement()
                    .satisfies(open -> assertThat(open.beganBeforeRecording()).isFalse());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void namesTheTransactionsOfTheCallingThreadOnly(TestDatabase database) throws Exception {
        try (ItemsFixture fixture = ItemsFixture.on(database);
             RecordingScope scope = QueryGuard.startAllThreads();
             Connection connection = fixture.recorded.getConnection();
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.executeUpdate("update " + fixture.items + " set name = 'x' where id = 1");
            Thread other = new Thread(() -> server.put(client, "/from-another-thread"), "other-thread");
            other.start();
            other.join();
            server.put(client, "/from-this-thread");
            connection.commit();

            Recording recording = scope.stop();
            assertThat(recording.externalCalls()).hasSize(2);
            assertThat(recording.externalCalls()).filteredOn(call -> call.thread().equals("other-thread"))
                    .singleElement().satisfies(call -> assertThat(call.openTransactions()).isEmpty());
            assertThat(recording.externalCalls()).filteredOn(call -> !call.thread().equals("other-thread"))
                    .singleElement().satisfies(call -> assertThat(call.openTransactions()).hasSize(1));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void forgetsATransactionThatAnotherThreadEnded(TestDatabase database) throws Exception {
        try (ItemsFixture fixture = ItemsFixture.on(database);
             Connection connection = fixture.recorded.getConnection();
             Statement statement = connection.createStatement()) {
            Recording recording = QueryGuard.record(() -> {
                connection.setAutoCommit(false);
                statement.executeUpdate("update " + fixture.items + " set name = 'x' where id = 1");
                Thread committer = new Thread(() -> {
                    try {
                        connection.commit();
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                committer.start();
                committer.join();
                server.put(client, "/after-the-other-thread-committed");
            });

            assertThat(recording.externalCalls()).singleElement()
                    .satisfies(call -> assertThat(call.openTransactions()).isEmpty());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void namesEveryConnectionWithAnOpenTransaction(TestDatabase database) throws Exception {
        try (ItemsFixture fixture = ItemsFixture.on(database)) {
            Recording recording = QueryGuard.record(() -> {
                try (Connection first = fixture.recorded.getConnection();
                     Connection second = fixture.recorded.getConnection();
                     Statement one = first.createStatement();
                     Statement two = second.createStatement()) {
                    first.setAutoCommit(false);
                    second.setAutoCommit(false);
                    one.executeUpdate("update " + fixture.items + " set name = 'x' where id = 1");
                    two.executeUpdate("update " + fixture.items + " set name = 'y' where id = 2");
                    server.put(client, "/both");
                    first.commit();
                    server.put(client, "/second-only");
                    second.commit();
                }
            });

            assertThat(recording.externalCalls().get(0).openTransactions()).hasSize(2);
            assertThat(recording.externalCalls().get(1).openTransactions()).extracting(OpenTransaction::transactionId)
                    .containsExactly(recording.statements().get(1).transactionId());
        }
    }

    @Test
    void recordsARawSocketConnect() throws Exception {
        Recording recording = QueryGuard.record(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", server.port()));
            }
        });

        assertThat(recording.externalCalls()).singleElement().satisfies(call -> {
            assertThat(call.kind()).isEqualTo(ExternalCallEntry.SOCKET);
            assertThat(call.target()).isEqualTo("127.0.0.1:" + server.port());
            assertThat(call.callSite().className()).isEqualTo(ExternalCallRecordingTests.class.getName());
        });
    }

    @Test
    void neverTakesTheDatabaseDriverForAnExternalService() throws Exception {
        TestDatabase database = TestDatabase.POSTGRES;
        try (ItemsFixture fixture = ItemsFixture.on(database)) {
            Recording recording = QueryGuard.record(() -> {
                try (Connection connection = fixture.recorded.getConnection();
                     Statement statement = connection.createStatement()) {
                    connection.setAutoCommit(false);
                    statement.executeUpdate("update " + fixture.items + " set name = 'x' where id = 1");
                    // Three more connections while the transaction is open: a DataSource, DriverManager, p6spy.
                    fixture.recorded.getConnection().close();
                    DriverManager.getConnection(database.jdbcUrl()).close();
                    DriverManager.getConnection(database.jdbcUrl().replace("jdbc:", "jdbc:p6spy:")).close();
                    connection.rollback();
                }
            });

            assertThat(recording.externalCalls()).isEmpty();
            assertThat(recording.externalCallCount()).isZero();
        }
    }

    @Test
    void recordsWhatTheApplicationDeclares() {
        Recording recording = QueryGuard.record(() -> QueryGuard.externalCall(" job-queue ", "enqueue IndexJob"));

        assertThat(recording.externalCalls()).singleElement().satisfies(call -> {
            assertThat(call.kind()).isEqualTo("job-queue");
            assertThat(call.target()).isEqualTo("enqueue IndexJob");
            assertThat(call.host()).isNull();
            assertThat(call.port()).isEqualTo(-1);
            assertThat(call.callSite().methodName()).startsWith("lambda$recordsWhatTheApplicationDeclares$");
        });
    }

    @Test
    void recordsNothingOutsideARecording() {
        server.put(client, "/unrecorded");
        QueryGuard.externalCall("job-queue", "enqueue IndexJob");

        Recording recording = QueryGuard.record(() -> { });

        assertThat(recording.externalCallCount()).isZero();
    }
}
