package dev.queryguard.junit.internal;

import dev.queryguard.config.QueryGuardConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordSettingsTests {

    @Test
    void defaultsToOffModeOnceAndTheTestResourcesFolder() {
        RecordSettings settings = RecordSettings.read(QueryGuardConfig.defaults(), null);

        assertThat(settings).isEqualTo(new RecordSettings(false, RecordMode.ONCE, false, false,
                Path.of("src/test/resources/queryguard")));
        assertThat(settings.describeMode()).isEqualTo("queryguard.records.mode=once");
    }

    @Test
    void defaultsToModeNoneOnACiServer() {
        RecordSettings settings = RecordSettings.read(QueryGuardConfig.defaults(), "true");

        assertThat(settings.mode()).isEqualTo(RecordMode.NONE);
        assertThat(settings.describeMode()).isEqualTo("queryguard.records.mode=none (the default when CI=true)");
        assertThat(RecordSettings.read(QueryGuardConfig.defaults(), "false").mode()).isEqualTo(RecordMode.ONCE);
    }

    @Test
    void readsEachSettingAndLetsAnExplicitModeWinOverCi() {
        QueryGuardConfig config = QueryGuardConfig.fromProperties(Map.of(
                "queryguard.records.enabled", "TRUE",
                "queryguard.records.mode", "overwrite",
                "queryguard.records.strict", "true",
                "queryguard.records.dir", "/tmp/records"), "test");

        assertThat(RecordSettings.read(config, "true"))
                .isEqualTo(new RecordSettings(true, RecordMode.OVERWRITE, false, true, Path.of("/tmp/records")));
    }

    @Test
    void namesTheSettingAndWhereItWasWrittenWhenItIsBad() {
        assertThatThrownBy(() -> RecordSettings.read(
                QueryGuardConfig.fromProperties(Map.of("queryguard.records.strict", "yes"), "queryguard.properties"),
                null))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("QueryGuard cannot use its configuration: queryguard.properties: queryguard.records.strict"
                        + " must be 'true' or 'false', was 'yes'");
        assertThatThrownBy(() -> RecordSettings.read(
                QueryGuardConfig.fromProperties(Map.of("queryguard.records.dir", " "), "system properties"), null))
                .hasMessage("QueryGuard cannot use its configuration: system properties: queryguard.records.dir must"
                        + " name a folder, was blank");
    }

    @Test
    void findsTheModuleFromBasedirOrFromWhereTheTestClassesAre() {
        String basedir = System.getProperty(ModuleDirectory.BASEDIR);
        try {
            System.setProperty(ModuleDirectory.BASEDIR, "/work/module");
            assertThat(ModuleDirectory.of(RecordSettingsTests.class)).isEqualTo(Path.of("/work/module"));

            System.clearProperty(ModuleDirectory.BASEDIR);
            // Surefire runs the tests in the module's folder, and they were compiled to its target/test-classes.
            assertThat(ModuleDirectory.of(RecordSettingsTests.class)).isEqualTo(Path.of("").toAbsolutePath());
        } finally {
            if (basedir != null) {
                System.setProperty(ModuleDirectory.BASEDIR, basedir);
            }
        }
    }

    @Test
    void namesRecordFilesRelativeToTheModule() {
        RecordSettings settings = RecordSettings.read(QueryGuardConfig.defaults(), null);
        Path file = settings.fileOf(RecordSettingsTests.class);

        assertThat(RecordSettings.nameOf(file, RecordSettingsTests.class)).isEqualTo(
                "src/test/resources/queryguard/dev.queryguard.junit.internal.RecordSettingsTests.queryguard.txt");
    }
}
