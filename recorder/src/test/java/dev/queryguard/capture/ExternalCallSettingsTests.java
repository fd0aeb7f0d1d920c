package dev.queryguard.capture;

import dev.queryguard.LoopbackServer;
import dev.queryguard.QueryGuard;
import dev.queryguard.config.QueryGuardConfig;
import dev.queryguard.recording.Recording;
import dev.queryguard.recording.RecordingScope;
import dev.queryguard.recording.internal.Scopes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ExternalCallSettingsTests {

    private final QueryGuardConfig before = QueryGuard.config();

    @AfterEach
    void restore() {
        QueryGuard.configure(before);
    }

    @Test
    void skipsTheHostsTheConfigurationIgnores() {
        try (LoopbackServer ignored = new LoopbackServer(); LoopbackServer watched = new LoopbackServer()) {
            QueryGuard.configure(QueryGuardConfig.fromProperties(Map.of(QueryGuardConfig.EXTERNAL_CALLS_IGNORE,
                    "cache.internal, 127.0.0.1:" + ignored.port()), "test"));
            HttpClient client = HttpClient.newHttpClient();

            Recording recording = QueryGuard.record(() -> {
                ignored.put(client, "/skipped");
                watched.put(client, "/seen");
            });

            assertThat(recording.externalCalls()).extracting(call -> call.port()).containsExactly(watched.port());
        }
    }

    @Test
    void readsHostsAndHostsWithPorts() {
        QueryGuardConfig config = QueryGuardConfig.fromProperties(Map.of(QueryGuardConfig.EXTERNAL_CALLS_IGNORE,
                "Redis:6379, cache.internal, [::1]:8080"), "test");

        assertThat(config.externalCallIgnores()).containsExactly("redis:6379", "cache.internal", "[::1]:8080");
        assertThat(QueryGuardConfig.defaults().externalCallIgnores()).isEmpty();
    }

    @Test
    void keepsCountingExternalCallsPastTheCap() {
        RecordingScope scope = new RecordingScope(Scopes.openThreadScope(2));
        for (int i = 0; i < 5; i++) {
            QueryGuard.externalCall("job-queue", "enqueue " + i);
        }
        Recording recording = scope.stop();

        assertThat(recording.externalCalls()).hasSize(2);
        assertThat(recording.externalCallCount()).isEqualTo(5);
        assertThat(recording.droppedEntries()).isEqualTo(3);
        assertThat(recording).hasToString("Recording[0 statements, cached=0, transactions=0, unparsed=0,"
                + " externalCalls=5, truncated: kept the first 2 entries and counted 3 more without details]");
    }
}
