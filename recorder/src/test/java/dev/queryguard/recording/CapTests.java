package dev.queryguard.recording;

import dev.queryguard.ItemsFixture;
import dev.queryguard.TestDatabase;
import dev.queryguard.analysis.StatementKind;
import dev.queryguard.recording.internal.Scopes;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

class CapTests {

    @Test
    void keepsCountingPastTheCapButDropsTheDetailsAndSaysSo() throws Exception {
        try (ItemsFixture fixture = ItemsFixture.on(TestDatabase.H2)) {
            RecordingScope scope = new RecordingScope(Scopes.openThreadScope(5));
            try (Connection connection = fixture.recorded.getConnection();
                 PreparedStatement select = connection.prepareStatement(
                         "select name from " + fixture.items + " where id = ?");
                 Statement statement = connection.createStatement()) {
                connection.setAutoCommit(false);
                for (int i = 0; i < 8; i++) {
                    select.setInt(1, i);
                    select.executeQuery().close();
                }
                statement.executeUpdate("update " + fixture.items + " set name = 'x' where id = 1");
                connection.commit();
            }
            Recording recording = scope.stop();

            assertThat(recording.entries()).hasSize(5);
            assertThat(recording.count()).isEqualTo(9);
            assertThat(recording.count(StatementKind.SELECT)).isEqualTo(8);
            assertThat(recording.count(StatementKind.UPDATE)).isEqualTo(1);
            assertThat(recording.transactionCount()).isEqualTo(1);
            assertThat(recording.truncated()).isTrue();
            assertThat(recording.droppedEntries()).isEqualTo(5);
            assertThat(recording.maxEntries()).isEqualTo(5);
            assertThat(recording).hasToString("Recording[9 statements, SELECT=8, UPDATE=1, cached=0, transactions=1,"
                    + " unparsed=0, truncated: kept the first 5 entries and counted 5 more without details]");
        }
    }

    @Test
    void isNotTruncatedBelowTheCap() throws Exception {
        try (ItemsFixture fixture = ItemsFixture.on(TestDatabase.H2)) {
            RecordingScope scope = new RecordingScope(Scopes.openThreadScope(5));
            try (Connection connection = fixture.recorded.getConnection();
                 Statement statement = connection.createStatement()) {
                statement.executeQuery("select * from " + fixture.items).close();
            }
            Recording recording = scope.stop();

            assertThat(recording.truncated()).isFalse();
            assertThat(recording.entries()).hasSize(1);
            assertThat(recording).hasToString(
                    "Recording[1 statement, SELECT=1, cached=0, transactions=0, unparsed=0]");
        }
    }
}
