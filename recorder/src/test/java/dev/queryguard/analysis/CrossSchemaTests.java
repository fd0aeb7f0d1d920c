package dev.queryguard.analysis;

import dev.queryguard.config.QueryGuardConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Schema groups of the tables, and whether a statement mixes groups that must stay apart. */
class CrossSchemaTests {

    private final SqlAnalyzer failClosed = new SqlAnalyzer(SqlCases.mainAndCi());
    private final SqlAnalyzer ignoreUnmapped =
            new SqlAnalyzer(SqlCases.mainAndCi("queryguard.groups.unmapped", "ignore"));

    static Stream<Arguments> failClosedVerdicts() {
        return SqlCases.of("""
                SELECT * FROM main.packages                                                => false
                SELECT * FROM main.packages p JOIN main.projects r ON true                 => false
                SELECT * FROM main.packages p JOIN ci.ci_pipelines c ON true               => true
                SELECT * FROM main.packages WHERE id IN (SELECT package_id FROM ci.ci_builds) => true
                SELECT * FROM main.packages UNION SELECT * FROM ci.ci_builds               => true
                SELECT * FROM main.packages p JOIN shared.loose_fks s ON true              => false
                SELECT * FROM ci.ci_builds b JOIN shared.loose_fks s ON true               => false
                SELECT * FROM main.packages p, ci.ci_builds b, shared.loose_fks s          => true
                # a table-name pattern of ci in a schema of its own
                SELECT * FROM main.packages p JOIN public.ci_runners r ON true             => true
                # unmapped tables: alone fine, with any table outside gitlab_shared unprovable
                SELECT * FROM public.projects                                              => false
                SELECT * FROM public.projects p JOIN public.projects q ON true             => false
                SELECT * FROM public.projects p JOIN shared.loose_fks s ON true            => false
                SELECT * FROM public.projects p JOIN main.packages q ON true               => true
                SELECT * FROM public.projects p JOIN public.users u ON true                => true
                """);
    }

    @ParameterizedTest(name = "{0} => {1}")
    @MethodSource("failClosedVerdicts")
    void failsClosedOnUnmappedTablesByDefault(String sql, boolean crossSchema) {
        assertThat(failClosed.analyze(sql).crossSchema()).isEqualTo(crossSchema);
    }

    static Stream<Arguments> ignoringVerdicts() {
        return SqlCases.of("""
                SELECT * FROM main.packages p JOIN ci.ci_pipelines c ON true               => true
                SELECT * FROM public.projects p JOIN main.packages q ON true               => false
                SELECT * FROM public.projects p JOIN public.users u ON true                => false
                SELECT * FROM public.projects p JOIN main.packages q ON true JOIN ci.ci_builds b ON true => true
                """);
    }

    @ParameterizedTest(name = "{0} => {1}")
    @MethodSource("ignoringVerdicts")
    void leavesUnmappedTablesOutWhenTheyAreIgnored(String sql, boolean crossSchema) {
        assertThat(ignoreUnmapped.analyze(sql).crossSchema()).isEqualTo(crossSchema);
    }

    @Test
    void eachTableCarriesItsGroupAndTheGroupsAreSortedAndDistinct() {
        StatementAnalysis analysis = failClosed.analyze(
                "SELECT * FROM main.packages p JOIN ci.ci_pipelines c ON true JOIN shared.loose_fks s ON true "
                        + "JOIN main.projects r ON true JOIN public.users u ON true");

        assertThat(SqlCases.tablesWithGroups(analysis)).isEqualTo(
                "main.packages:main, ci.ci_pipelines:ci, shared.loose_fks:gitlab_shared, main.projects:main, "
                        + "public.users");
        assertThat(analysis.groups()).containsExactly("ci", "gitlab_shared", "main");
        assertThat(analysis.crossSchema()).isTrue();
    }

    @Test
    void groupsApplyToUnqualifiedNamesThroughTheDefaultSchema() {
        SqlAnalyzer analyzer = new SqlAnalyzer(SqlCases.mainAndCi("queryguard.schema.default", "public"));

        StatementAnalysis analysis = analyzer.analyze("SELECT * FROM ci_builds b JOIN main.packages p ON true");

        assertThat(SqlCases.tablesWithGroups(analysis)).isEqualTo("public.ci_builds:ci, main.packages:main");
        assertThat(analysis.crossSchema()).isTrue();
    }

    @Test
    void aWholeSchemaPatternBeatsABareTableNamePattern() {
        SqlAnalyzer analyzer = new SqlAnalyzer(SqlCases.mainAndCi("queryguard.schema.default", "main"));

        StatementAnalysis analysis = analyzer.analyze("SELECT * FROM packages p JOIN ci_builds b ON true");

        // main.* ranks above ci_*: the table lives in main's schema whatever its name says
        assertThat(SqlCases.tablesWithGroups(analysis)).isEqualTo("main.packages:main, main.ci_builds:main");
        assertThat(analysis.crossSchema()).isFalse();
    }

    @Test
    void withoutGroupsNothingIsCrossSchemaAndNoTableHasAGroup() {
        SqlAnalyzer analyzer = new SqlAnalyzer(QueryGuardConfig.defaults());

        StatementAnalysis analysis = analyzer.analyze("SELECT * FROM main.packages p JOIN ci.ci_pipelines c ON true");

        assertThat(SqlCases.tablesWithGroups(analysis)).isEqualTo("main.packages, ci.ci_pipelines");
        assertThat(analysis.groups()).isEmpty();
        assertThat(analysis.crossSchema()).isFalse();
    }
}
