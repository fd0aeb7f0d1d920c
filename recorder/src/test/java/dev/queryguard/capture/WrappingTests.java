package dev.queryguard.capture;

import dev.queryguard.DelegatingDataSource;
import dev.queryguard.ItemsFixture;
import dev.queryguard.QueryGuard;
import dev.queryguard.TestDatabase;
import dev.queryguard.recording.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

class WrappingTests {

    @Test
    void returnsAnAlreadyRecordingDataSourceUnchanged() {
        DataSource recorded = QueryGuard.wrap(TestDatabase.H2.rawDataSource());

        assertThat(QueryGuard.wrap(recorded)).isSameAs(recorded);
    }

    @Test
    void returnsAWrapperThatAdmitsToARecordingDataSourceUnchanged() {
        DataSource proxy = new DelegatingDataSource(QueryGuard.wrap(TestDatabase.H2.rawDataSource()));

        assertThat(QueryGuard.wrap(proxy)).isSameAs(proxy);
    }

    @Test
    void unwrapsToTheDataSourceUnderneath() throws SQLException {
        DataSource raw = TestDatabase.H2.rawDataSource();

        assertThat(QueryGuard.wrap(raw).unwrap(org.h2.jdbcx.JdbcDataSource.class)).isSameAs(raw);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void neverCountsAStatementTwiceWhenADataSourceDelegatesToARecordingOne(TestDatabase database) throws Exception {
        try (ItemsFixture fixture = ItemsFixture.on(database)) {
            // A proxy that hides what it wraps (QuickPerf #263): only the connections can tell.
            DataSource opaqueProxy = new DelegatingDataSource(fixture.recorded) {
                @Override
                public boolean isWrapperFor(Class<?> iface) {
                    return false;
                }
            };
            DataSource wrappedAgain = QueryGuard.wrap(opaqueProxy);

            Recording recording = runOneSelect(wrappedAgain, fixture);

            assertThat(wrappedAgain).isNotSameAs(opaqueProxy);
            assertThat(recording.count()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void recordsJdbcP6spyUrlsWithoutAnySpyProperties(TestDatabase database) throws Exception {
        try (ItemsFixture fixture = ItemsFixture.on(database)) {
            DataSource byUrl = new UrlDataSource("jdbc:p6spy:" + database.jdbcUrl().substring("jdbc:".length()));

            Recording recording = runOneSelect(byUrl, fixture);

            assertThat(recording.count()).isEqualTo(1);
            assertThat(recording.statements().get(0).rowsRead()).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void countsOnceWhenAP6spyUrlIsAlsoWrapped(TestDatabase database) throws Exception {
        try (ItemsFixture fixture = ItemsFixture.on(database)) {
            DataSource both = QueryGuard.wrap(
                    new UrlDataSource("jdbc:p6spy:" + database.jdbcUrl().substring("jdbc:".length())));

            Recording recording = runOneSelect(both, fixture);

            assertThat(recording.count()).isEqualTo(1);
        }
    }

    @Test
    void writesNoP6spyLogUnlessAskedFor() throws Exception {
        try (ItemsFixture fixture = ItemsFixture.on(TestDatabase.H2)) {
            runOneSelect(new UrlDataSource("jdbc:p6spy:" + TestDatabase.H2.jdbcUrl().substring("jdbc:".length())),
                    fixture);
            runOneSelect(fixture.recorded, fixture);
        }

        assertThat(Path.of("spy.log")).satisfies(log -> assertThat(Files.exists(log)).isFalse());
    }

    private static Recording runOneSelect(DataSource dataSource, ItemsFixture fixture) throws SQLException {
        return QueryGuard.record(() -> {
            try (Connection connection = dataSource.getConnection();
                 Statement statement = connection.createStatement()) {
                try (var rows = statement.executeQuery("select * from " + fixture.items)) {
                    while (rows.next()) {
                        rows.getInt(1);
                    }
                }
            }
        });
    }

    /** A DataSource over {@link DriverManager}, as Spring Boot builds one from {@code spring.datasource.url}. */
    private static final class UrlDataSource extends DelegatingDataSource {
        private final String url;

        UrlDataSource(String url) {
            super(TestDatabase.H2.rawDataSource());
            this.url = url;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return DriverManager.getConnection(url);
        }
    }
}
