package dev.queryguard.capture;

import dev.queryguard.ItemsFixture;
import dev.queryguard.QueryGuard;
import dev.queryguard.TestDatabase;
import dev.queryguard.analysis.StatementKind;
import dev.queryguard.analysis.TableRef;
import dev.queryguard.config.QueryGuardConfig;
import dev.queryguard.recording.Recording;
import dev.queryguard.recording.StatementEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Recordings carry the analysis of each statement, and keep statements the parser cannot read. */
class AnalysedRecordingTests {

    @AfterEach
    void restoreConfiguration() {
        QueryGuard.configure(QueryGuardConfig.load());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void recordsTheTablesGroupsAndFingerprintOfEachStatement(TestDatabase database) throws Exception {
        try (ItemsFixture fixture = ItemsFixture.on(database)) {
            QueryGuard.configure(QueryGuardConfig.fromProperties(
                    Map.of("queryguard.group.items", fixture.schema + ".*"), "test"));

            Recording recording = QueryGuard.record(() -> {
                try (Connection connection = fixture.recorded.getConnection();
                     PreparedStatement select = connection.prepareStatement(
                             "SELECT i.name FROM " + fixture.items + " i WHERE i.id IN (?, ?)")) {
                    select.setInt(1, 1);
                    select.setInt(2, 2);
                    select.executeQuery().close();
                }
            });

            StatementEntry select = recording.statements().get(0);
            assertThat(select.analysis().tables()).containsExactly(new TableRef(fixture.items, "items"));
            assertThat(select.analysis().groups()).containsExactly("items");
            assertThat(select.analysis().crossSchema()).isFalse();
            assertThat(select.fingerprint()).isEqualTo("select i.name from " + fixture.items + " i where i.id in (...)");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void keepsAStatementTheParserCannotReadAndCountsIt(TestDatabase database) throws Exception {
        try (ItemsFixture fixture = ItemsFixture.on(database)) {
            Recording recording = QueryGuard.record(() -> {
                try (Connection connection = fixture.recorded.getConnection();
                     Statement statement = connection.createStatement()) {
                    statement.executeQuery("selec name frm " + fixture.items);
                } catch (SQLException expected) {
                    // The database cannot read it either; the entry must survive all the same.
                }
            });

            assertThat(recording.statements()).singleElement().satisfies(entry -> {
                assertThat(entry.analysis().parsed()).isFalse();
                assertThat(entry.analysis().error()).isNotBlank();
                assertThat(entry.succeeded()).isFalse();
            });
            assertThat(recording.unparsedCount()).isEqualTo(1);
            assertThat(recording.count()).isEqualTo(1);
        }
    }

    @Test
    void keepsAStatementThatRunsButTheParserCannotRead() throws Exception {
        try (ItemsFixture fixture = ItemsFixture.on(TestDatabase.POSTGRES)) {
            Recording recording = QueryGuard.record(() -> {
                try (Connection connection = fixture.recorded.getConnection();
                     Statement statement = connection.createStatement()) {
                    statement.execute("set search_path to " + fixture.schema + ", public");
                    statement.executeQuery("select * from items").close();
                }
            });

            assertThat(recording.statements()).extracting(entry -> entry.analysis().parsed())
                    .containsExactly(false, true);
            assertThat(recording.statements().get(0).kind()).isEqualTo(StatementKind.OTHER);
            assertThat(recording.statements().get(0).succeeded()).isTrue();
            assertThat(recording.unparsedCount()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void scansAStatementTooLongToParseForItsTables(TestDatabase database) throws Exception {
        try (ItemsFixture fixture = ItemsFixture.on(database)) {
            String ids = IntStream.range(0, 30_000).mapToObj(Integer::toString).collect(Collectors.joining(", "));
            String huge = "select name from " + fixture.items + " where id in (" + ids + ")";

            Recording recording = QueryGuard.record(() -> {
                try (Connection connection = fixture.recorded.getConnection();
                     Statement statement = connection.createStatement()) {
                    try (var rows = statement.executeQuery(huge)) {
                        while (rows.next()) {
                            rows.getString(1);
                        }
                    }
                }
            });

            StatementEntry entry = recording.statements().get(0);
            assertThat(huge.length()).isGreaterThan(100_000);
            assertThat(entry.analysis().parsed()).isFalse();
            assertThat(entry.analysis().error()).isEqualTo("not parsed: " + huge.length()
                    + " characters, over queryguard.analysis.maxSqlLength=100000");
            assertThat(entry.kind()).isEqualTo(StatementKind.SELECT);
            assertThat(entry.analysis().tables()).extracting(TableRef::name).containsExactly(fixture.items);
            assertThat(entry.rowsRead()).isEqualTo(3);
        }
    }

    @Test
    void recordsNoCallSiteWhenAskedNotTo() throws Exception {
        try (ItemsFixture fixture = ItemsFixture.on(TestDatabase.H2)) {
            QueryGuard.configure(QueryGuardConfig.fromProperties(Map.of("queryguard.callSites", "false"), "test"));

            Recording recording = selectOnce(fixture);

            assertThat(recording.statements().get(0).callSite()).isNull();
            assertThat(recording.statements().get(0).stack()).isEmpty();
        }
    }

    @Test
    void recordsTheFullStackBelowQueryGuardWhenAskedTo() throws Exception {
        try (ItemsFixture fixture = ItemsFixture.on(TestDatabase.H2)) {
            QueryGuard.configure(QueryGuardConfig.fromProperties(Map.of("queryguard.stacks", "true"), "test"));

            Recording recording = selectOnce(fixture);

            StatementEntry entry = recording.statements().get(0);
            assertThat(entry.stack()).isNotEmpty();
            assertThat(entry.stack().get(0).getClassName()).doesNotStartWith("com.p6spy")
                    .doesNotStartWith("dev.queryguard.capture");
            assertThat(entry.stack()).extracting(StackTraceElement::getMethodName).contains("selectOnce");
        }
    }

    @Test
    void skipsTheConfiguredPackagesWhenLookingForTheCallSite() throws Exception {
        try (ItemsFixture fixture = ItemsFixture.on(TestDatabase.H2)) {
            QueryGuard.configure(QueryGuardConfig.fromProperties(
                    Map.of("queryguard.callSites.exclude", AnalysedRecordingTests.class.getName() + "$Repository"),
                    "test"));

            Recording recording = QueryGuard.record(() -> Repository.select(fixture));

            assertThat(recording.statements().get(0).callSite().methodName())
                    .startsWith("lambda$skipsTheConfiguredPackagesWhenLookingForTheCallSite");
        }
    }

    @Test
    void keepsTheCountsExactPastTheConfiguredCap() throws Exception {
        try (ItemsFixture fixture = ItemsFixture.on(TestDatabase.H2)) {
            QueryGuard.configure(QueryGuardConfig.fromProperties(Map.of("queryguard.maxEntries", "2"), "test"));

            Recording recording = QueryGuard.record(() -> {
                for (int i = 0; i < 5; i++) {
                    Repository.select(fixture);
                }
            });

            assertThat(recording.entries()).hasSize(2);
            assertThat(recording.count()).isEqualTo(5);
            assertThat(recording.truncated()).isTrue();
        }
    }

    @Test
    void looksThroughGeneratedProxiesToTheCodeThatTouchedThem() throws Exception {
        try (ItemsFixture fixture = ItemsFixture.on(TestDatabase.H2)) {
            Recording recording = QueryGuard.record(() -> Repository$HibernateProxy.select(fixture));

            assertThat(recording.statements().get(0).callSite().methodName())
                    .startsWith("lambda$looksThroughGeneratedProxiesToTheCodeThatTouchedThem");
        }
    }

    private static Recording selectOnce(ItemsFixture fixture) throws SQLException {
        return QueryGuard.record(() -> Repository.select(fixture));
    }

    /** Named as Hibernate names the lazy proxies it generates. */
    static final class Repository$HibernateProxy {
        static void select(ItemsFixture fixture) throws SQLException {
            try (Connection connection = fixture.recorded.getConnection();
                 Statement statement = connection.createStatement()) {
                statement.executeQuery("select * from " + fixture.items).close();
            }
        }
    }

    /** Stands for a data-access layer whose frames a team excludes so call sites point at its callers. */
    static final class Repository {
        static void select(ItemsFixture fixture) throws SQLException {
            try (Connection connection = fixture.recorded.getConnection();
                 Statement statement = connection.createStatement()) {
                statement.executeQuery("select * from " + fixture.items).close();
            }
        }
    }
}
