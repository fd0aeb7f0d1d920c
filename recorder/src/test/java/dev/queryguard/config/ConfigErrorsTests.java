package dev.queryguard.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every configuration error, with its exact message, line and key. */
class ConfigErrorsTests {

    @TempDir
    Path dir;

    static Stream<Arguments> badFiles() {
        return Stream.of(
                arguments("queryguard.version=1\nqueryguard.stacks true\n", 2, null,
                        "expected key=value or key: value, was 'queryguard.stacks true'"),
                arguments("=true\n", 1, null,
                        "expected key=value or key: value, was '=true'"),
                arguments("# settings\n\nqueryguard.maxEntires=5\n", 3, "queryguard.maxEntires",
                        "unknown key queryguard.maxEntires (did you mean queryguard.maxEntries?)"),
                arguments("queryguard.colour=blue\n", 1, "queryguard.colour",
                        "unknown key queryguard.colour (known keys: queryguard.version, queryguard.callSites, "
                                + "queryguard.stacks, queryguard.callSites.exclude, queryguard.maxEntries, "
                                + "queryguard.p6spy.logging, queryguard.analysis.cacheSize, "
                                + "queryguard.analysis.maxSqlLength, queryguard.analysis.parseTimeoutMillis, "
                                + "queryguard.schema.default, queryguard.groups.joinAny, "
                                + "queryguard.groups.unmapped, queryguard.group.<name>)"),
                arguments("queryguard.stacks=true\nqueryguard.stacks=false\n", 2, "queryguard.stacks",
                        "queryguard.stacks is set twice (first on line 1)"),
                arguments("queryguard.version=2\n", 1, "queryguard.version",
                        "queryguard.version must be 1, was '2'"),
                arguments("queryguard.callSites=yes\n", 1, "queryguard.callSites",
                        "queryguard.callSites must be 'true' or 'false', was 'yes'"),
                arguments("queryguard.maxEntries=0\n", 1, "queryguard.maxEntries",
                        "queryguard.maxEntries must be a positive integer, was '0'"),
                arguments("queryguard.analysis.cacheSize=-5\n", 1, "queryguard.analysis.cacheSize",
                        "queryguard.analysis.cacheSize must be a positive integer, was '-5'"),
                arguments("queryguard.analysis.maxSqlLength=lots\n", 1, "queryguard.analysis.maxSqlLength",
                        "queryguard.analysis.maxSqlLength must be a positive integer, was 'lots'"),
                arguments("queryguard.analysis.parseTimeoutMillis=99999999999\n", 1,
                        "queryguard.analysis.parseTimeoutMillis",
                        "queryguard.analysis.parseTimeoutMillis must be a positive integer, was '99999999999'"),
                arguments("queryguard.schema.default=public.main\n", 1, "queryguard.schema.default",
                        "queryguard.schema.default must be one schema name (a-z, 0-9, _ and $), was 'public.main'"),
                arguments("\n\n\n\n\n\nqueryguard.groups.unmapped=maybe\n", 7, "queryguard.groups.unmapped",
                        "queryguard.groups.unmapped must be 'fail' or 'ignore', was 'maybe'"),
                arguments("queryguard.group.CI=ci.*\n", 1, "queryguard.group.CI",
                        "queryguard.group.CI must name its group with a-z, 0-9 and _ only, was 'CI'"),
                arguments("queryguard.group.=ci.*\n", 1, "queryguard.group.",
                        "queryguard.group. must name its group with a-z, 0-9 and _ only, was ''"),
                arguments("queryguard.group.ci= , \n", 1, "queryguard.group.ci",
                        "queryguard.group.ci must list at least one pattern, was ','"),
                arguments("queryguard.group.ci=ci.*, ci.\n", 1, "queryguard.group.ci",
                        "queryguard.group.ci has a bad pattern 'ci.': write table, schema.table, schema.* or "
                                + "*.table, with * as the only wildcard"),
                arguments("queryguard.group.ci=db.ci.builds\n", 1, "queryguard.group.ci",
                        "queryguard.group.ci has a bad pattern 'db.ci.builds': write table, schema.table, "
                                + "schema.* or *.table, with * as the only wildcard"),
                arguments("queryguard.group.ci=ci.build?\n", 1, "queryguard.group.ci",
                        "queryguard.group.ci has a bad pattern 'ci.build?': write table, schema.table, "
                                + "schema.* or *.table, with * as the only wildcard"),
                arguments("queryguard.group.ci=ci.*\nqueryguard.group.sec=CI.*\n", 2, "queryguard.group.sec",
                        "queryguard.group.sec repeats pattern 'CI.*' of queryguard.group.ci"),
                arguments("queryguard.group.main=main.*\nqueryguard.groups.joinAny=gitlab_shared\n", 2,
                        "queryguard.groups.joinAny",
                        "queryguard.groups.joinAny names group 'gitlab_shared', which no queryguard.group.<name> "
                                + "declares"));
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void namesFileLineAndKey(String content, int line, String key, String problem) throws IOException {
        Path file = Files.writeString(dir.resolve("queryguard.properties"), content);

        assertThatThrownBy(() -> QueryGuardConfig.load(file))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.file()).isEqualTo(file.toString());
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.key()).isEqualTo(key);
                })
                .hasMessage(file + " line " + line + ": " + problem);
    }

    @Test
    void aContinuedLineIsReportedAtItsFirstLine() throws IOException {
        Path file = Files.writeString(dir.resolve("queryguard.properties"),
                "queryguard.stacks=false\nqueryguard.group.ci=ci.*, \\\n    ci..x\n");

        assertThatThrownBy(() -> QueryGuardConfig.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + " line 2: queryguard.group.ci has a bad pattern 'ci..x'");
    }

    @Test
    void aBadMapValueNamesTheSourceWithoutALine() {
        Map<String, String> values = Map.of("queryguard.maxEntries", "x");

        assertThatThrownBy(() -> QueryGuardConfig.fromProperties(values, "junit-platform.properties"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.line()).isZero())
                .hasMessage("junit-platform.properties: queryguard.maxEntries must be a positive integer, was 'x'");
    }
}
