package dev.queryguard.junit.report;

import dev.queryguard.config.ConfigException;
import dev.queryguard.config.QueryGuardConfig;
import dev.queryguard.junit.report.internal.ReportSettings;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportSettingsTests {

    private static final Path MODULE = Path.of("/work/project/orders");

    @Test
    void writesToTargetQueryguardInTheWorkingDirectoryByDefault() {
        ReportSettings settings = ReportSettings.read(QueryGuardConfig.defaults(), key -> null, MODULE);

        assertThat(settings.enabled()).isTrue();
        assertThat(settings.dir()).isEqualTo(Path.of("/work/project/orders/target/queryguard"));
    }

    @Test
    void readsTheDirectoryAndSwitchFromTheConfigurationFile() {
        QueryGuardConfig config = QueryGuardConfig.fromProperties(Map.of(QueryGuardReportListener.DIR,
                "build/reports/queryguard", QueryGuardReportListener.ENABLED, "FALSE"), "queryguard.properties");

        ReportSettings settings = ReportSettings.read(config, key -> null, MODULE);

        assertThat(settings.enabled()).isFalse();
        assertThat(settings.dir()).isEqualTo(Path.of("/work/project/orders/build/reports/queryguard"));
    }

    @Test
    void letsLauncherParametersOverrideTheFile() {
        QueryGuardConfig config = QueryGuardConfig.fromProperties(Map.of(QueryGuardReportListener.DIR, "ignored"),
                "queryguard.properties");
        Map<String, String> parameters = Map.of(QueryGuardReportListener.DIR, "/tmp/reports");

        assertThat(ReportSettings.read(config, parameters::get, MODULE).dir()).isEqualTo(Path.of("/tmp/reports"));
    }

    @Test
    void refusesASwitchThatIsNeitherTrueNorFalse() {
        QueryGuardConfig config = QueryGuardConfig.fromProperties(Map.of(QueryGuardReportListener.ENABLED, "yes"),
                "queryguard.properties");

        assertThatThrownBy(() -> ReportSettings.read(config, key -> null, MODULE))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("queryguard.report.enabled must be 'true' or 'false', was 'yes'")
                .hasMessageContaining("queryguard.properties");
    }

    @Test
    void refusesABlankDirectory() {
        assertThatThrownBy(() -> ReportSettings.read(QueryGuardConfig.defaults(),
                Map.of(QueryGuardReportListener.DIR, " ")::get, MODULE))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("queryguard.report.dir must name a directory, was blank")
                .hasMessageContaining("JUnit configuration parameters");
    }
}
