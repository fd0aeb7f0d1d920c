package dev.queryguard.junit.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChromiumTests {

    @Test
    void failsTheTestSayingHowToInstallChromiumWhenItIsMissing(@TempDir Path emptyDir) {
        assertThatThrownBy(() -> Chromium.executable(null, emptyDir.toString()))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("The HTML report is tested in a real headless Chromium, but none was found on the PATH"
                        + " (looked for chromium, chromium-browser, google-chrome). Install it: `apt-get update &&"
                        + " apt-get install -y chromium` on Debian (.ci/run does this), or point CHROMIUM_BIN at a"
                        + " Chromium or Chrome executable.");
    }

    @Test
    void takesTheExecutableNamedByChromiumBin() {
        assertThat(Chromium.executable("/opt/chrome/chrome", "")).isEqualTo(Path.of("/opt/chrome/chrome"));
    }
}
