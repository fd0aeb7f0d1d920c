package dev.queryguard.config;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaceSettingsTests {

    @Test
    void keepsFaceSettingsUnreadForTheFaceToValidate() {
        QueryGuardConfig config = QueryGuardConfig.fromProperties(
                Map.of("queryguard.junit.threads", "all-threads", "queryguard.records.mode", "none"), "test");

        assertThat(config.setting("queryguard.junit.threads"))
                .contains(new Setting("queryguard.junit.threads", "all-threads", "test", 0));
        assertThat(config.setting("queryguard.records.mode")).map(Setting::value).contains("none");
        assertThat(config.setting("queryguard.report.html")).isEmpty();
    }

    @Test
    void namesTheSourceAndKeyOfABadFaceSetting() {
        Setting setting = new Setting("queryguard.junit.threads", "some", "queryguard.properties", 4);

        assertThat(setting.invalid("queryguard.junit.threads must be 'test-thread' or 'all-threads', was 'some'"))
                .hasMessage("queryguard.properties line 4: queryguard.junit.threads must be 'test-thread' or"
                        + " 'all-threads', was 'some'");
    }

    @Test
    void refusesToReadTheRecordersOwnKeysAsFaceSettings() {
        assertThatThrownBy(() -> QueryGuardConfig.defaults().setting("queryguard.maxEntries"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("queryguard.maxEntries is not a face setting; use the typed getters");
    }
}
