package dev.queryguard.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the command line tool prints of the analysis and how schema groups from a configuration file decide its
 * exit status. These need the JSqlParser analyzer and {@code QueryGuardConfig.load(Path)}.
 */
class QueryGuardCliAnalysisTests {

    private static final String JOIN_ACROSS_GROUPS = "select * from ci.ci_pipelines p join main.packages k on k.id = p.id";

    @TempDir
    Path dir;

    private Path config;

    @BeforeEach
    void writeGroupConfig() throws IOException {
        config = Files.writeString(dir.resolve("queryguard.properties"), """
                # GitLab's two databases
                queryguard.group.main=main.*
                queryguard.group.ci=ci.*
                """);
    }

    @Test
    void printsTheFingerprintOfAStatementWithoutTables() {
        assertThat(CliRun.of("select 1", "analyze").out()).isEqualTo("{\"line\":1,\"sql\":\"select 1\",\"kind\":\"SELECT\","
                + "\"parsed\":true,\"error\":null,\"fingerprint\":\"select ?\",\"tables\":[],\"joins\":[],\"groups\":[],"
                + "\"crossSchema\":false}\n");
    }

    @Test
    void printsTablesJoinsAndGroupsOfAJoinAcrossGroups() {
        CliRun run = CliRun.of(JOIN_ACROSS_GROUPS, "analyze", "--config", config.toString());

        assertThat(run.status()).isZero();
        assertThat(run.lines()).singleElement().asString()
                .startsWith("{\"line\":1,\"sql\":\"" + JOIN_ACROSS_GROUPS + "\",\"kind\":\"SELECT\",\"parsed\":true,"
                        + "\"error\":null,\"fingerprint\":\"")
                .endsWith("\",\"tables\":[{\"name\":\"ci.ci_pipelines\",\"group\":\"ci\"},"
                        + "{\"name\":\"main.packages\",\"group\":\"main\"}],"
                        + "\"joins\":[{\"type\":\"INNER\",\"table\":\"main.packages\"}],"
                        + "\"groups\":[\"ci\",\"main\"],\"crossSchema\":true}");
    }

    @Test
    void printsATableOutsideEveryGroupWithANullGroupAndFailsClosed() {
        CliRun run = CliRun.of("select * from ci.ci_builds b left join audit_events e on e.id = b.id", "analyze",
                "--config", config.toString());

        assertThat(run.lines()).singleElement().asString()
                .endsWith("\"tables\":[{\"name\":\"ci.ci_builds\",\"group\":\"ci\"},"
                        + "{\"name\":\"audit_events\",\"group\":null}],"
                        + "\"joins\":[{\"type\":\"LEFT\",\"table\":\"audit_events\"}],"
                        + "\"groups\":[\"ci\"],\"crossSchema\":true}");
    }

    @Test
    void printsAStatementTheParserCannotReadAsUnparsed() {
        CliRun run = CliRun.of("selec * frm ci.ci_pipelines;\nselect 1", "analyze");

        assertThat(run.status()).isZero();
        assertThat(run.lines()).hasSize(2);
        assertThat(run.lines().get(0))
                .startsWith("{\"line\":1,\"sql\":\"selec * frm ci.ci_pipelines\",")
                .containsPattern(",\"parsed\":false,\"error\":\"(\\\\.|[^\"\\\\])+\",");
    }

    @Test
    void failsAfterPrintingEveryStatementWhenOneCrossesSchemaGroups() {
        CliRun run = CliRun.of("select * from ci.ci_pipelines;\n" + JOIN_ACROSS_GROUPS + ";\nselect * from main.packages",
                "analyze", "--config", config.toString(), "--fail-on-cross-schema");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.lines()).hasSize(3);
        assertThat(run.err()).isEqualTo("queryguard analyze: 1 of 3 statements crosses schema groups (line 2)\n");
    }

    @Test
    void printsButDoesNotFailOnCrossingsWithoutTheOption() {
        CliRun run = CliRun.of(JOIN_ACROSS_GROUPS, "analyze", "--config", config.toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("\"crossSchema\":true");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void findsTheCrossingInAP6spyLog() throws URISyntaxException {
        Path log = Path.of(QueryGuardCliAnalysisTests.class.getResource("/cli/p6spy-sample.log").toURI());

        CliRun run = CliRun.of("", "analyze", "--config", config.toString(), "--fail-on-cross-schema", log.toString());

        assertThat(run.lines()).extracting(line -> line.replaceAll(".*\"kind\":\"(\\w+)\".*", "$1"))
                .containsExactly("DDL", "INSERT", "INSERT", "INSERT", "SELECT", "SELECT", "SELECT");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("queryguard analyze: 1 of 7 statements crosses schema groups (line 7)\n");
    }

    @Test
    void rejectsABrokenConfigFileNamingItsFileLineAndKey() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.properties"), """
                queryguard.group.ci=ci.*
                queryguard.maxEntries=many
                """);

        CliRun run = CliRun.of("select 1", "analyze", "--config", broken.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(broken.toString()).contains("queryguard.maxEntries").containsPattern("\\b2\\b");
    }
}
