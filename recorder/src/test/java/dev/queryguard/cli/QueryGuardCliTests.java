package dev.queryguard.cli;

import dev.queryguard.cli.internal.Usage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line tool's input, output and exit status, none of which depends on what the analyzer finds. */
class QueryGuardCliTests {

    @TempDir
    Path dir;

    @Test
    void printsOneCompactJsonObjectPerStatementOfStandardInput() {
        CliRun run = CliRun.of("select 1;\n  select 2;", "analyze");

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.lines()).satisfiesExactly(
                line -> assertThat(line).matches(selectWithoutTables(1, "select 1")),
                line -> assertThat(line).matches(selectWithoutTables(2, "select 2")));
        assertThat(run.out()).endsWith("}\n");
    }

    @Test
    void readsStandardInputForADash() {
        assertThat(CliRun.of("select 1", "analyze", "-").lines())
                .singleElement().asString().matches(selectWithoutTables(1, "select 1"));
    }

    @Test
    void readsTheNamedFile() throws IOException {
        Path script = Files.writeString(dir.resolve("queries.sql"), "-- two queries\nselect 1;\nselect 2;\n");

        CliRun run = CliRun.of("select 'not read'", "analyze", script.toString());

        assertThat(run.status()).isZero();
        assertThat(run.lines()).satisfiesExactly(
                line -> assertThat(line).matches(selectWithoutTables(2, "select 1")),
                line -> assertThat(line).matches(selectWithoutTables(3, "select 2")));
    }

    @Test
    void takesEachLineForAStatementWithLines() {
        CliRun run = CliRun.of("select 1\n\nselect 2;\n", "analyze", "--lines");

        assertThat(run.lines()).satisfiesExactly(
                line -> assertThat(line).matches(selectWithoutTables(1, "select 1")),
                line -> assertThat(line).matches(selectWithoutTables(3, "select 2")));
    }

    @Test
    void analysesTheStatementsOfAP6spyLog() throws URISyntaxException {
        Path log = Path.of(QueryGuardCliTests.class.getResource("/cli/p6spy-sample.log").toURI());

        CliRun run = CliRun.of("", "analyze", log.toString());

        assertThat(run.status()).isZero();
        assertThat(run.lines())
                .extracting(line -> line.substring(0, line.indexOf(",\"kind\"")))
                .containsExactly(
                        "{\"line\":1,\"sql\":\"create table ci.ci_pipelines (id bigint primary key, project_id bigint,"
                                + " ref varchar(255))\"",
                        "{\"line\":3,\"sql\":\"insert into ci.ci_pipelines (project_id,ref,id) values (?,?,?)\"",
                        "{\"line\":4,\"sql\":\"insert into main.packages (name,project_id,id) values (?,?,?)\"",
                        "{\"line\":5,\"sql\":\"insert into main.packages (name,project_id,id) values (?,?,?)\"",
                        "{\"line\":7,\"sql\":\"select p1_0.id,p1_0.ref from ci.ci_pipelines p1_0 join main.packages"
                                + " k1_0 on k1_0.project_id=p1_0.project_id where p1_0.project_id=?\"",
                        "{\"line\":10,\"sql\":\"select name || '|' || project_id from main.packages where id=?\"",
                        "{\"line\":12,\"sql\":\"select count(*) from main.packages\"");
    }

    @Test
    void keepsNonAsciiSqlAsUtf8() {
        CliRun run = CliRun.of("select 'café ✓' from t", "analyze");

        assertThat(run.lines()).singleElement().asString().startsWith("{\"line\":1,\"sql\":\"select 'café ✓' from t\",");
    }

    @Test
    void escapesQuotesAndLineBreaksOfAStatement() {
        CliRun run = CliRun.of("select \"a\\b\"\n  from t", "analyze");

        assertThat(run.lines()).singleElement().asString()
                .startsWith("{\"line\":1,\"sql\":\"select \\\"a\\\\b\\\"\\n  from t\",");
    }

    @Test
    void ignoresAByteOrderMark() {
        byte[] withMark = "\uFEFFselect 1".getBytes(StandardCharsets.UTF_8);

        assertThat(CliRun.of(withMark, "analyze").lines())
                .singleElement().asString().matches(selectWithoutTables(1, "select 1"));
    }

    @Test
    void printsNothingForEmptyInput() {
        CliRun run = CliRun.of("  \n-- only a comment\n", "analyze", "--fail-on-cross-schema");

        assertThat(run).isEqualTo(new CliRun(0, "", ""));
    }

    @Test
    void exitsWithZeroWhenNoStatementCrossesSchemaGroups() {
        CliRun run = CliRun.of("select 1; select 2", "analyze", "--fail-on-cross-schema");

        assertThat(run.status()).isZero();
        assertThat(run.lines()).hasSize(2);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void printsHelpToStandardOutput() {
        CliRun run = CliRun.of("", "--help");

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith(Usage.LINE + "\n").contains("--fail-on-cross-schema");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void printsHelpForTheAnalyzeCommand() {
        assertThat(CliRun.of("", "analyze", "--help")).isEqualTo(new CliRun(0, Usage.HELP, ""));
    }

    @Test
    void rejectsAMissingCommand() {
        assertThat(CliRun.of("select 1")).isEqualTo(usageError("missing command"));
    }

    @Test
    void rejectsAnUnknownCommand() {
        assertThat(CliRun.of("select 1", "explain")).isEqualTo(usageError("unknown command 'explain'"));
    }

    @Test
    void rejectsAnUnknownOption() {
        assertThat(CliRun.of("select 1", "analyze", "--pretty")).isEqualTo(usageError("unknown option '--pretty'"));
    }

    @Test
    void rejectsTwoInputFiles() {
        assertThat(CliRun.of("select 1", "analyze", "a.sql", "b.sql"))
                .isEqualTo(usageError("more than one input file: a.sql, b.sql"));
    }

    @Test
    void rejectsAMissingInputFile() {
        Path missing = dir.resolve("missing.sql");

        assertThat(CliRun.of("select 1", "analyze", missing.toString()))
                .isEqualTo(usageError("no such input file: " + missing));
    }

    @Test
    void rejectsAnInputFileThatCannotBeRead() {
        assertThat(CliRun.of("select 1", "analyze", dir.toString()))
                .isEqualTo(usageError("input file is a directory: " + dir));
    }

    @Test
    void rejectsAMissingConfigFileNamingIt() {
        Path missing = dir.resolve("queryguard.properties");

        CliRun run = CliRun.of("select 1", "analyze", "--config", missing.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("queryguard: ").contains(missing.toString()).endsWith("\n");
    }

    /** A line of output for a statement without tables, whatever its fingerprint. */
    private static String selectWithoutTables(int line, String sql) {
        return "\\{\"line\":" + line + ",\"sql\":\"" + sql + "\",\"kind\":\"SELECT\",\"parsed\":true,\"error\":null,"
                + "\"fingerprint\":\"[^\"]+\",\"tables\":\\[],\"joins\":\\[],\"groups\":\\[],\"crossSchema\":false}";
    }

    private static CliRun usageError(String problem) {
        return new CliRun(2, "", "queryguard: " + problem + "\n" + Usage.LINE + "\n");
    }
}
