package dev.queryguard.cli.internal;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArgumentsTests {

    @Test
    void readsStandardInputWithoutOptions() throws UsageException {
        assertThat(Arguments.parse("analyze")).isEqualTo(new Arguments(false, null, false, false, null));
    }

    @Test
    void takesADashForStandardInput() throws UsageException {
        assertThat(Arguments.parse("analyze", "-").input()).isNull();
    }

    @Test
    void readsEveryOption() throws UsageException {
        assertThat(Arguments.parse("analyze", "--config", "qg.properties", "--lines", "--fail-on-cross-schema",
                "queries.sql"))
                .isEqualTo(new Arguments(false, Path.of("qg.properties"), true, true, Path.of("queries.sql")));
    }

    @Test
    void readsOptionsAfterTheFileAndTheConfigWithAnEqualsSign() throws UsageException {
        assertThat(Arguments.parse("analyze", "spy.log", "--config=qg.properties"))
                .isEqualTo(new Arguments(false, Path.of("qg.properties"), false, false, Path.of("spy.log")));
    }

    @Test
    void takesEverythingAfterADoubleDashForAFile() throws UsageException {
        assertThat(Arguments.parse("analyze", "--", "--lines").input()).isEqualTo(Path.of("--lines"));
    }

    @Test
    void answersHelpBeforeOrAfterTheCommand() throws UsageException {
        assertThat(Arguments.parse("--help").help()).isTrue();
        assertThat(Arguments.parse("analyze", "--lines", "--help").help()).isTrue();
        assertThat(Arguments.parse("analyze", "-h").help()).isTrue();
    }

    @Test
    void rejectsAMissingCommand() {
        assertThatThrownBy(Arguments::parse).isInstanceOf(UsageException.class).hasMessage("missing command");
    }

    @Test
    void rejectsAnUnknownCommand() {
        assertThatThrownBy(() -> Arguments.parse("analyse"))
                .isInstanceOf(UsageException.class)
                .hasMessage("unknown command 'analyse'");
    }

    @Test
    void rejectsAnUnknownOption() {
        assertThatThrownBy(() -> Arguments.parse("analyze", "--line"))
                .isInstanceOf(UsageException.class)
                .hasMessage("unknown option '--line'");
    }

    @Test
    void rejectsTwoInputFiles() {
        assertThatThrownBy(() -> Arguments.parse("analyze", "a.sql", "b.sql"))
                .isInstanceOf(UsageException.class)
                .hasMessage("more than one input file: a.sql, b.sql");
    }

    @Test
    void rejectsAConfigOptionWithoutAFile() {
        assertThatThrownBy(() -> Arguments.parse("analyze", "--config"))
                .isInstanceOf(UsageException.class)
                .hasMessage("--config needs a file");
        assertThatThrownBy(() -> Arguments.parse("analyze", "--config="))
                .isInstanceOf(UsageException.class)
                .hasMessage("--config needs a file");
    }

    @Test
    void rejectsTwoConfigFiles() {
        assertThatThrownBy(() -> Arguments.parse("analyze", "--config", "a", "--config", "b"))
                .isInstanceOf(UsageException.class)
                .hasMessage("--config given twice");
    }
}
