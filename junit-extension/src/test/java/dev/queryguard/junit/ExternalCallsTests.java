package dev.queryguard.junit;

import dev.queryguard.QueryGuard;
import dev.queryguard.recording.Recording;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.opentest4j.AssertionFailedError;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

/** No external call inside a transaction, on H2 and PostgreSQL, against a real HTTP server on loopback. */
class ExternalCallsTests {

    private static final Pattern TRANSACTION = Pattern.compile("transaction (\\d+) on connection (\\d+)");

    private static LoopbackServer server;

    enum Database {
        H2(TestItems::new), POSTGRES(TestItems::postgres);

        final Supplier<TestItems> items;

        Database(Supplier<TestItems> items) {
            this.items = items;
        }
    }

    @BeforeAll
    static void startServer() {
        server = new LoopbackServer();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void failsWhenAnHttpClientRequestRunsInsideATransaction(Database database) {
        Fixture.use(database);

        EngineExecutionResults results = Kit.run(HttpClientTestCase.class);

        results.testEvents().assertStatistics(stats -> stats.failed(1));
        String message = Kit.failureMessage(results);
        assertThat(message).isEqualTo(String.format("""
                Expected HttpClientTestCase.uploadsAPackage() not to call external services inside a database \
                transaction,
                but it called http://127.0.0.1:%1$d/objects/pkg-1.tgz
                    at ExternalCallsTests.java:%2$d (ExternalCallsTests$HttpClientTestCase.uploadsAPackage)
                while %3$s was open:
                    began at ExternalCallsTests.java:%4$d (ExternalCallsTests$HttpClientTestCase.uploadsAPackage)
                    statements so far:
                      insert into %5$s.items (id, name) values (?, ?)
                        at ExternalCallsTests.java:%4$d (ExternalCallsTests$HttpClientTestCase.uploadsAPackage)
                      update %5$s.items set name = ? where id = ?
                        at ExternalCallsTests.java:%6$d (ExternalCallsTests$HttpClientTestCase.uploadsAPackage)
                Commit first and call the service after, or allow it with \
                @AllowExternalCallsInTransaction(reason = "...").""",
                server.port(), Fixture.line("put"), transactionOf(message), Fixture.line("insert"),
                Fixture.schema(), Fixture.line("update")));
        assertThat(server.requests()).contains("PUT /objects/pkg-1.tgz");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void failsWhenAnHttpUrlConnectionRequestRunsInsideATransaction(Database database) {
        Fixture.use(database);

        EngineExecutionResults results = Kit.run(HttpUrlConnectionTestCase.class);

        String message = Kit.failureMessage(results);
        assertThat(message).isEqualTo(String.format("""
                Expected HttpUrlConnectionTestCase.notifiesTheHook() not to call external services inside a \
                database transaction,
                but it called http://127.0.0.1:%1$d/hooks/package-created
                    at ExternalCallsTests.java:%2$d (ExternalCallsTests$HttpUrlConnectionTestCase.notifiesTheHook)
                while %3$s was open:
                    began at ExternalCallsTests.java:%4$d (ExternalCallsTests$HttpUrlConnectionTestCase.notifiesTheHook)
                    statements so far:
                      select name from %5$s.items where id = ?
                        at ExternalCallsTests.java:%4$d (ExternalCallsTests$HttpUrlConnectionTestCase.notifiesTheHook)
                Commit first and call the service after, or allow it with \
                @AllowExternalCallsInTransaction(reason = "...").""",
                server.port(), Fixture.line("post"), transactionOf(message), Fixture.line("select"),
                Fixture.schema()));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void failsOnACallTheApplicationDeclares(Database database) {
        Fixture.use(database);

        EngineExecutionResults results = Kit.run(DeclaredCallTestCase.class);

        String message = Kit.failureMessage(results);
        assertThat(message).isEqualTo(String.format("""
                Expected DeclaredCallTestCase.enqueuesTheIndexJob() not to call external services inside a \
                database transaction,
                but it called job-queue: enqueue PackageIndexJob
                    at ExternalCallsTests.java:%1$d (ExternalCallsTests$DeclaredCallTestCase.enqueuesTheIndexJob)
                while %2$s was open:
                    began at ExternalCallsTests.java:%3$d (ExternalCallsTests$DeclaredCallTestCase.enqueuesTheIndexJob)
                    statements so far:
                      update %4$s.items set name = ? where id = ?
                        at ExternalCallsTests.java:%3$d (ExternalCallsTests$DeclaredCallTestCase.enqueuesTheIndexJob)
                Commit first and call the service after, or allow it with \
                @AllowExternalCallsInTransaction(reason = "...").""",
                Fixture.line("enqueue"), transactionOf(message), Fixture.line("update"), Fixture.schema()));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void failsOnARawSocketConnectInsideATransaction(Database database) {
        Fixture.use(database);

        EngineExecutionResults results = Kit.run(SocketTestCase.class);

        String message = Kit.failureMessage(results);
        assertThat(message).isEqualTo(String.format("""
                Expected SocketTestCase.talksToTheCache() not to call external services inside a database \
                transaction,
                but it opened a socket to 127.0.0.1:%1$d
                    at ExternalCallsTests.java:%2$d (ExternalCallsTests$SocketTestCase.talksToTheCache)
                while %3$s was open:
                    began at ExternalCallsTests.java:%4$d (ExternalCallsTests$SocketTestCase.talksToTheCache)
                    statements so far:
                      delete from %5$s.items where id = ?
                        at ExternalCallsTests.java:%4$d (ExternalCallsTests$SocketTestCase.talksToTheCache)
                Commit first and call the service after, or allow it with \
                @AllowExternalCallsInTransaction(reason = "...").""",
                server.port(), Fixture.line("connect"), transactionOf(message), Fixture.line("delete"),
                Fixture.schema()));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void passesWhenTheCallComesAfterTheCommitOrUnderAutocommit(Database database) {
        Fixture.use(database);

        EngineExecutionResults results = Kit.run(AfterCommitTestCase.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(2).failed(0));
        assertThat(Kit.reportEntries(results))
                .allSatisfy(entry -> assertThat(entry).containsEntry("queryguard.externalCalls", "1"));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void ignoresATransactionOpenedBeforeTheTestBody(Database database) {
        Fixture.use(database);

        EngineExecutionResults rollbackWrapped = Kit.run(RollbackWrappedTestCase.class);
        EngineExecutionResults frameworkWrapped = Kit.run(FrameworkTransactionTestCase.class);

        rollbackWrapped.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
        frameworkWrapped.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
        assertThat(Kit.reportEntries(rollbackWrapped)).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("queryguard.externalCalls", "1"));
        assertThat(Kit.reportEntries(frameworkWrapped)).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("queryguard.externalCalls", "1"));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void neverTakesConnectingToTheDatabaseForAnExternalCall(Database database) {
        Fixture.use(database);

        EngineExecutionResults results = Kit.run(DatabaseConnectsTestCase.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
        assertThat(Kit.reportEntries(results)).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("queryguard.externalCalls", "0"));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void passesWhereTheAnnotationAllowsTheCalls(Database database) {
        Fixture.use(database);

        EngineExecutionResults onMethod = Kit.run(AllowedOnMethodTestCase.class);
        EngineExecutionResults onClass = Kit.run(AllowedOnClassTestCase.class);
        EngineExecutionResults onEnclosingClass = Kit.run(AllowedOnEnclosingClassTestCase.class);

        onMethod.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
        onClass.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
        onEnclosingClass.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
        assertThat(Kit.reportEntries(onEnclosingClass)).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("queryguard.externalCalls", "1"));
    }

    @Test
    void refusesABlankReason() {
        Fixture.use(Database.H2);

        EngineExecutionResults results = Kit.run(BlankReasonTestCase.class);

        results.testEvents().assertThatEvents().haveExactly(1, finishedWithFailure(
                instanceOf(ExtensionConfigurationException.class),
                message("@AllowExternalCallsInTransaction on BlankReasonTestCase.uploads(): reason must say why"
                        + " the calls may run inside a transaction, was blank")));
        Kit.run(BlankClassReasonTestCase.class).testEvents().assertThatEvents().haveExactly(1, finishedWithFailure(
                instanceOf(ExtensionConfigurationException.class),
                message("@AllowExternalCallsInTransaction on BlankClassReasonTestCase: reason must say why"
                        + " the calls may run inside a transaction, was blank")));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void assertsOnARecordingOfItsOwnAndListsEveryCall(Database database) throws Exception {
        Fixture.use(database);
        TestItems items = Fixture.items();
        HttpClient client = HttpClient.newHttpClient();
        try {
            Recording recording = QueryGuard.record(() -> callsThreeTimesInTwoTransactions(items, client));

            assertThatThrownBy(() -> QueryGuardAssertions.assertThat(recording).hasNoExternalCallsInTransaction())
                    .isInstanceOfSatisfying(AssertionFailedError.class, error -> {
                        Matcher ids = TRANSACTION.matcher(error.getMessage());
                        String first = ids.find() ? ids.group() : null;
                        String second = ids.find() && ids.find() ? ids.group() : null;
                        String at = "ExternalCallsTests.java:%d (ExternalCallsTests.callsThreeTimesInTwoTransactions)";
                        String update = "      update " + items.items() + " set name = ? where id = ?\n        at "
                                + at.formatted(Fixture.line("updates")) + "\n";
                        assertThat(error.getMessage()).isEqualTo("""
                                Expected the recording not to call external services inside a database transaction,
                                but it made 3 external calls inside transactions.
                                It called http://127.0.0.1:%1$d/first
                                    at %2$s
                                while %3$s was open:
                                    began at %4$s
                                    statements so far:
                                %5$s%5$s%5$s%5$s%5$s      ... and 1 more statement
                                It called http://127.0.0.1:%1$d/second
                                    at %6$s
                                while %3$s was open:
                                    began at %4$s
                                    statements so far:
                                %5$s%5$s%5$s%5$s%5$s      ... and 1 more statement
                                It called lock-service: acquire packages/1
                                    at %7$s
                                while %8$s was open:
                                    began at %9$s
                                    no statements so far
                                Commit first and call the service after.""".formatted(server.port(),
                                at.formatted(Fixture.line("first")), first, at.formatted(Fixture.line("updates")),
                                update, at.formatted(Fixture.line("second")), at.formatted(Fixture.line("lock")),
                                second, at.formatted(Fixture.line("savepoint"))));
                        assertThat(error.getExpected().getStringRepresentation())
                                .isEqualTo("no external calls inside transactions");
                        assertThat(error.getActual().getStringRepresentation()).isEqualTo(
                                "called http://127.0.0.1:" + server.port() + "/first\n"
                                        + "called http://127.0.0.1:" + server.port() + "/second\n"
                                        + "called lock-service: acquire packages/1");
                    });
        } finally {
            Fixture.done(items);
        }
    }

    private static void callsThreeTimesInTwoTransactions(TestItems items, HttpClient client) throws SQLException {
        try (Connection connection = items.dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            for (int i = 0; i < 6; i++) {
                String sql = "update " + items.items() + " set name = 'n" + i + "' where id = 1";
                Fixture.mark("updates"); statement.executeUpdate(sql);
            }
            Fixture.mark("first"); server.put(client, "/first");
            connection.setSavepoint();
            Fixture.mark("second"); server.post("/second");
            connection.commit();
            Fixture.mark("savepoint"); connection.setSavepoint();
            Fixture.mark("lock"); QueryGuard.externalCall("lock-service", "acquire packages/1");
            connection.rollback();
        }
    }

    /** The transaction the message names; its ids come from counters shared by the whole JVM. */
    private static String transactionOf(String message) {
        Matcher matcher = TRANSACTION.matcher(message);
        assertThat(matcher.find()).as("a transaction in:%n%s", message).isTrue();
        return matcher.group();
    }

    /** What the fixtures share with the tests that run them: the database, the server, the lines they ran. */
    static final class Fixture {
        private static volatile Database database = Database.H2;
        private static volatile TestItems last;
        private static final Map<String, Integer> LINES = new ConcurrentHashMap<>();

        static void use(Database chosen) {
            database = chosen;
        }

        static TestItems items() {
            last = database.items.get();
            return last;
        }

        static void done(TestItems items) {
            if (database == Database.POSTGRES) {
                items.dropSchema();
            }
        }

        static String schema() {
            return last.schema;
        }

        /** Remembers the line that calls it, so the test can pin the call sites of that line's statements. */
        static void mark(String name) {
            LINES.put(name, new Throwable().getStackTrace()[1].getLineNumber());
        }

        static int line(String name) {
            return LINES.get(name);
        }
    }

    /** A fixture with a database and an HttpClient built once QueryGuard watches. */
    abstract static class WithDatabase {
        TestItems items;
        HttpClient client;

        @BeforeEach
        void open() {
            items = Fixture.items();
            client = HttpClient.newHttpClient();
        }

        @AfterEach
        void close() {
            Fixture.done(items);
        }

        void update(Statement statement) throws SQLException {
            statement.executeUpdate("update " + items.items() + " set name = 'x' where id = 1");
        }
    }

    @QueryGuardTest
    static class HttpClientTestCase extends WithDatabase {
        @Test
        void uploadsAPackage() throws Exception {
            try (Connection connection = items.dataSource.getConnection();
                 PreparedStatement insert = connection.prepareStatement(
                         "insert into " + items.items() + " (id, name) values (?, ?)");
                 PreparedStatement update = connection.prepareStatement(
                         "update " + items.items() + " set name = ? where id = ?")) {
                connection.setAutoCommit(false);
                insert.setInt(1, 10);
                insert.setString(2, "pkg-1");
                Fixture.mark("insert"); insert.executeUpdate();
                update.setString(1, "pkg-1.tgz");
                update.setInt(2, 10);
                Fixture.mark("update"); update.executeUpdate();
                Fixture.mark("put"); server.put(client, "/objects/pkg-1.tgz");
                connection.commit();
            }
        }
    }

    @QueryGuardTest
    static class HttpUrlConnectionTestCase extends WithDatabase {
        @Test
        void notifiesTheHook() throws Exception {
            try (Connection connection = items.dataSource.getConnection();
                 PreparedStatement select = connection.prepareStatement(
                         "select name from " + items.items() + " where id = ?")) {
                connection.setAutoCommit(false);
                select.setInt(1, 1);
                Fixture.mark("select"); select.executeQuery().close();
                Fixture.mark("post"); server.post("/hooks/package-created");
                connection.rollback();
            }
        }
    }

    @QueryGuardTest
    static class DeclaredCallTestCase extends WithDatabase {
        @Test
        void enqueuesTheIndexJob() throws Exception {
            try (Connection connection = items.dataSource.getConnection();
                 PreparedStatement update = connection.prepareStatement(
                         "update " + items.items() + " set name = ? where id = ?")) {
                connection.setAutoCommit(false);
                update.setString(1, "indexed");
                update.setInt(2, 1);
                Fixture.mark("update"); update.executeUpdate();
                Fixture.mark("enqueue"); QueryGuard.externalCall("job-queue", "enqueue PackageIndexJob");
                connection.commit();
            }
        }
    }

    @QueryGuardTest
    static class SocketTestCase extends WithDatabase {
        @Test
        void talksToTheCache() throws Exception {
            try (Connection connection = items.dataSource.getConnection();
                 PreparedStatement delete = connection.prepareStatement(
                         "delete from " + items.items() + " where id = ?");
                 Socket socket = new Socket()) {
                connection.setAutoCommit(false);
                delete.setInt(1, 3);
                Fixture.mark("delete"); delete.executeUpdate();
                Fixture.mark("connect"); socket.connect(new InetSocketAddress("127.0.0.1", server.port()));
                connection.rollback();
            }
        }
    }

    @QueryGuardTest
    static class AfterCommitTestCase extends WithDatabase {
        @Test
        void callsAfterTheCommit() throws Exception {
            try (Connection connection = items.dataSource.getConnection();
                 Statement statement = connection.createStatement()) {
                connection.setAutoCommit(false);
                update(statement);
                connection.commit();
                server.put(client, "/objects/after-commit");
            }
        }

        @Test
        void callsUnderAutocommit() throws Exception {
            try (Connection connection = items.dataSource.getConnection();
                 Statement statement = connection.createStatement()) {
                update(statement);
                server.put(client, "/objects/autocommit");
                update(statement);
            }
        }
    }

    @QueryGuardTest
    static class RollbackWrappedTestCase extends WithDatabase {
        Connection connection;
        Statement statement;

        @BeforeEach
        void beginTransaction() throws SQLException {
            connection = items.dataSource.getConnection();
            statement = connection.createStatement();
            connection.setAutoCommit(false);
            update(statement);
        }

        @Test
        void uploadsInsideTheFixturesTransaction() throws Exception {
            update(statement);
            server.put(client, "/objects/in-the-fixtures-transaction");
        }

        @AfterEach
        void rollBack() throws SQLException {
            connection.rollback();
            connection.close();
        }
    }

    /** Like Spring's @Transactional on a test: autocommit goes off before the body, the statements run in it. */
    @QueryGuardTest
    static class FrameworkTransactionTestCase extends WithDatabase {
        Connection connection;

        @BeforeEach
        void beginTransaction() throws SQLException {
            connection = items.dataSource.getConnection();
            connection.setAutoCommit(false);
        }

        @Test
        void uploadsInsideTheFrameworksTransaction() throws Exception {
            try (Statement statement = connection.createStatement()) {
                update(statement);
                server.put(client, "/objects/in-the-frameworks-transaction");
            }
        }

        @AfterEach
        void rollBack() throws SQLException {
            connection.rollback();
            connection.close();
        }
    }

    @QueryGuardTest
    static class DatabaseConnectsTestCase extends WithDatabase {
        @Test
        void opensMoreConnectionsInsideATransaction() throws Exception {
            try (Connection connection = items.dataSource.getConnection();
                 Statement statement = connection.createStatement()) {
                connection.setAutoCommit(false);
                update(statement);
                items.dataSource.getConnection().close();
                if (Fixture.database == Database.POSTGRES) {
                    DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test?user=postgres").close();
                    DriverManager.getConnection("jdbc:p6spy:postgresql://127.0.0.1:5432/test?user=postgres")
                            .close();
                }
                connection.commit();
            }
        }
    }

    @QueryGuardTest
    static class AllowedOnMethodTestCase extends WithDatabase {
        @Test
        @AllowExternalCallsInTransaction(reason = "the outbox relay must see the row before the broker acks")
        void publishesThroughTheOutbox() throws Exception {
            try (Connection connection = items.dataSource.getConnection();
                 Statement statement = connection.createStatement()) {
                connection.setAutoCommit(false);
                update(statement);
                server.put(client, "/outbox");
                connection.commit();
            }
        }
    }

    @AllowExternalCallsInTransaction(reason = "a legacy importer, tracked in #1234")
    static class AllowedOnClassTestCase extends WithDatabase {
        @Test
        void imports() throws Exception {
            try (Connection connection = items.dataSource.getConnection();
                 Statement statement = connection.createStatement()) {
                connection.setAutoCommit(false);
                update(statement);
                server.post("/imports");
                connection.commit();
            }
        }
    }

    @AllowExternalCallsInTransaction(reason = "the nested cases of a legacy importer")
    static class AllowedOnEnclosingClassTestCase {
        @Nested
        class Imports extends WithDatabase {
            @Test
            void imports() throws Exception {
                try (Connection connection = items.dataSource.getConnection();
                     Statement statement = connection.createStatement()) {
                    connection.setAutoCommit(false);
                    update(statement);
                    server.post("/imports");
                    connection.commit();
                }
            }
        }
    }

    @AllowExternalCallsInTransaction(reason = "")
    static class BlankClassReasonTestCase extends WithDatabase {
        @Test
        void uploads() {
            items.selectItem(1);
        }
    }

    @QueryGuardTest
    static class BlankReasonTestCase extends WithDatabase {
        @Test
        @AllowExternalCallsInTransaction(reason = " ")
        void uploads() {
            items.selectItem(1);
        }
    }
}
