package dev.queryguard.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaGroupsTests {

    /** Overlapping patterns on purpose: every table below matches more than one group's pattern. */
    private static final SchemaGroups GROUPS = groups(
            "queryguard.group.bare", "ci_builds, *.ci_*",
            "queryguard.group.schema", "ci.*",
            "queryguard.group.schema_table", "ci.ci_*",
            "queryguard.group.exact", "ci.ci_pipelines",
            "queryguard.group.shared", "shared.*",
            "queryguard.groups.joinAny", "shared");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "none", value = {
            "ci.ci_pipelines,     exact",        // exact table beats every pattern
            "ci.ci_builds,        schema_table", // schema + table glob beats whole schema and bare name
            "ci.other,            schema",       // whole schema beats nothing else here
            "public.ci_builds,    bare",         // only the bare patterns match outside ci
            "ci_builds,           bare",         // a bare pattern also matches an unqualified name
            "public.ci_runners,   bare",
            "public.projects,     none",
            "cix.ci_pipelines,    bare",         // ci.* is the schema ci, not a prefix
    })
    void theMostSpecificPatternWins(String table, String group) {
        assertThat(GROUPS.groupOf(table)).isEqualTo(group);
    }

    @Test
    void fewerWildcardsWinWithinARank() {
        SchemaGroups groups = groups(
                "queryguard.group.two", "*_builds_*",
                "queryguard.group.one", "ci_builds_*");

        assertThat(groups.groupOf("public.ci_builds_metadata")).isEqualTo("one");
    }

    @Test
    void declarationOrderDecidesARemainingTie() {
        SchemaGroups groups = groups(
                "queryguard.group.first", "ci_*",
                "queryguard.group.second", "*_builds");

        assertThat(groups.groupOf("public.ci_builds")).isEqualTo("first");
    }

    @Test
    void patternsAreCaseInsensitiveAndStarMatchesAnyRun() {
        SchemaGroups groups = groups("queryguard.group.ci", "CI.*Build*s");

        assertThat(groups.groupOf("ci.builds")).isEqualTo("ci");
        assertThat(groups.groupOf("ci.ci_build_needs")).isEqualTo("ci");
        assertThat(groups.groupOf("ci.ci_build_need")).isNull();
    }

    @Test
    void aStarForEverySchemaAndTableCatchesTheRest() {
        SchemaGroups groups = groups("queryguard.group.ci", "ci.*", "queryguard.group.main", "*.*");

        assertThat(groups.groupOf("ci.x")).isEqualTo("ci");
        assertThat(groups.groupOf("anything.y")).isEqualTo("main");
        assertThat(groups.groupOf("z")).isEqualTo("main");
    }

    @Test
    void joinAnyGroupsMixWithEveryGroup() {
        assertThat(GROUPS.mayMix("exact", "exact")).isTrue();
        assertThat(GROUPS.mayMix("exact", "schema")).isFalse();
        assertThat(GROUPS.mayMix("exact", "shared")).isTrue();
        assertThat(GROUPS.mayMix("shared", "bare")).isTrue();
        assertThat(GROUPS.joinsAny("shared")).isTrue();
        assertThat(GROUPS.joinsAny("bare")).isFalse();
    }

    @Test
    void noGroupsMeansNothingIsConfigured() {
        assertThat(SchemaGroups.none().configured()).isFalse();
        assertThat(SchemaGroups.none().groupOf("ci.ci_builds")).isNull();
        assertThat(groups("queryguard.schema.default", "PUBLIC").configured()).isFalse();
        assertThat(groups("queryguard.schema.default", "PUBLIC").defaultSchema()).contains("public");
    }

    @Test
    void describesItself() {
        assertThat(GROUPS).hasToString("SchemaGroups[bare=ci_builds, ci_*, schema=ci.*, schema_table=ci.ci_*, "
                + "exact=ci.ci_pipelines, shared=shared.*] joinAny=[shared] unmapped=FAIL defaultSchema=null");
    }

    private static SchemaGroups groups(String... keysAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return QueryGuardConfig.fromProperties(values, "test").schemaGroups();
    }
}
