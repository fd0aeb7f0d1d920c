package dev.queryguard.check;

import dev.queryguard.analysis.SqlAnalyzer;
import dev.queryguard.analysis.StatementKind;
import dev.queryguard.check.internal.AllowMarker;
import dev.queryguard.check.internal.BlockAllowances;
import dev.queryguard.config.QueryGuardConfig;
import dev.queryguard.recording.CallSite;
import dev.queryguard.recording.RecordedEntry;
import dev.queryguard.recording.Recording;
import dev.queryguard.recording.StatementEntry;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The pure check, on recordings built by hand: what fails, what is allowed, and how the message reads. */
class CrossSchemaCheckTests {

    private static final List<String> WAYS = CrossSchemaCheck.ALLOW_IN_CODE;
    private static final String CROSSING = "select p.name from main.packages p join ci.ci_pipelines c on c.id = "
            + "p.pipeline_id join shared.loose_fks s on s.id = p.id where p.id = ";

    private final QueryGuardConfig config = config(
            "queryguard.group.main", "main.*",
            "queryguard.group.ci", "ci.*",
            "queryguard.group.gitlab_shared", "shared.*",
            "queryguard.groups.joinAny", "gitlab_shared");
    private final SqlAnalyzer analyzer = new SqlAnalyzer(config);
    private int nanos;

    @Test
    void namesEachStatementOnceWithItsTablesGroupsAndCallSites() {
        Recording recording = recording(
                execution(CROSSING + "1", site("PackageService", "list", 41)),
                execution("select p.name from main.packages p where p.id = 1", site("PackageService", "list", 40)),
                execution(CROSSING + "2", site("PackageService", "list", 41)),
                execution(CROSSING + "3", site("PackageReport", "build", 12)));

        CheckFailure failure = check(recording, AllowedExecutions.none());

        assertThat(failure.check()).isEqualTo("cross-schema");
        assertThat(failure.message()).isEqualTo("""
                Expected PackagesApiTests.listsPackages() not to join tables of schema groups that may not be mixed,
                but 1 statement (3 executions) did:
                  select p.name from main.packages p join ci.ci_pipelines c on c.id = p.pipeline_id join \
                shared.loose_fks s on s.id = p.id where p.id = ?
                      tables: main.packages (main), ci.ci_pipelines (ci), shared.loose_fks (gitlab_shared)
                      may not mix: main with ci
                      at PackageService.java:41 (PackageService.list) (2 executions)
                      at PackageReport.java:12 (PackageReport.build)
                Load the rows of each group in a statement of its own, or allow the join, naming the issue that tracks it:
                  CrossSchemaJoins.allow("<issue URL>", () -> ...) around the code,
                  or /* queryguard:allow-cross-schema <issue URL> */ in its SQL.""");
        assertThat(failure.expected()).isEqualTo("");
        assertThat(failure.actual()).isEqualTo("select p.name from main.packages p join ci.ci_pipelines c on c.id = "
                + "p.pipeline_id join shared.loose_fks s on s.id = p.id where p.id = ?");
    }

    @Test
    void saysWhenCallSitesAreOffAndWhenTheRecordingWasCut() {
        StatementEntry crossing = execution(CROSSING + "1", null);
        Recording recording = new Recording(List.of(crossing), List.of(), Map.of(StatementKind.SELECT, 5L), 0, 0, 0,
                4, 1);

        assertThat(check(recording, AllowedExecutions.none()).message()).contains("""
                      at (call site not recorded: queryguard.callSites=false)
                The recording kept its first 1 entries (queryguard.maxEntries): the 4 after them were not checked.
                """);
    }

    @Test
    void explainsTablesInNoGroupWithTheJoinAnyGroups() {
        Recording recording = recording(execution(
                "select * from main.packages p join public.users u on u.id = p.owner_id", site("Users", "of", 3)));

        assertThat(check(recording, AllowedExecutions.none()).message()).contains("""
                      tables: main.packages (main), public.users (no group)
                      may not mix: main with (no group)
                      at Users.java:3 (Users.of)
                Tables in (no group) match no queryguard.group.<name> pattern, and queryguard.groups.unmapped=fail lets a
                statement join them only with tables of queryguard.groups.joinAny groups (gitlab_shared): map them to a
                group, or set queryguard.groups.unmapped=ignore.
                """);
    }

    @Test
    void letsAllowedExecutionsAndMarkedStatementsPass() {
        StatementEntry allowed = execution(CROSSING + "1", site("A", "a", 1));
        StatementEntry marked = execution("/* queryguard:allow-cross-schema https://gitlab.example/issues/1 */ "
                + CROSSING + "2", site("B", "b", 2));
        StatementEntry crossing = execution(CROSSING + "3", site("C", "c", 3));

        CheckFailure failure = check(recording(allowed, marked, crossing), AllowedExecutions.of(List.of(allowed)));

        assertThat(failure.message()).contains("but 1 statement did:").contains("at C.java:3 (C.c)")
                .doesNotContain("A.java").doesNotContain("B.java");
        assertThat(CrossSchemaCheck.check("x", recording(allowed, marked), config.schemaGroups(),
                AllowedExecutions.of(List.of(allowed)), WAYS)).isEmpty();
    }

    @Test
    void checksNothingWithoutGroups() {
        Recording recording = recording(execution(CROSSING + "1", site("A", "a", 1)));

        assertThat(CrossSchemaCheck.check("x", recording, QueryGuardConfig.defaults().schemaGroups(),
                AllowedExecutions.none(), WAYS)).isEmpty();
    }

    @Test
    void readsTheMarkerWithItsReasonInAnyCase() {
        assertThat(AllowMarker.in("select 1 /* QueryGuard:Allow-Cross-Schema https://x/1 */").reason())
                .isEqualTo("https://x/1");
        assertThat(AllowMarker.in("/*queryguard:allow-cross-schema\n  legacy report\n*/ select 1").reason())
                .isEqualTo("legacy report");
        assertThat(AllowMarker.in("select 1 /* queryguard:allow-cross-schema */").allows()).isFalse();
        assertThat(AllowMarker.in("select 1 /* queryguard:allow-cross-schemas x */")).isNull();
        assertThat(AllowMarker.in("select 1 -- queryguard:allow-cross-schema x")).isNull();
        assertThat(AllowMarker.in("select 1")).isNull();
    }

    @Test
    void keepsTheExecutionsOfAllowBlocksUntilACheckTakesThem() {
        StatementEntry inBlock = execution(CROSSING + "1", site("A", "a", 1));
        StatementEntry elsewhere = execution(CROSSING + "1", site("A", "a", 1));
        BlockAllowances.register(recording(inBlock));

        assertThat(BlockAllowances.peek(recording(inBlock, elsewhere)).size()).isEqualTo(1);
        AllowedExecutions taken = BlockAllowances.take(recording(inBlock, elsewhere));
        assertThat(taken.allows(inBlock)).isTrue();
        assertThat(taken.allows(elsewhere)).isFalse();
        assertThat(BlockAllowances.take(recording(inBlock)).size()).isZero();
    }

    private CheckFailure check(Recording recording, AllowedExecutions allowed) {
        return CrossSchemaCheck.check("PackagesApiTests.listsPackages()", recording, config.schemaGroups(), allowed,
                WAYS).orElseThrow();
    }

    private StatementEntry execution(String sql, CallSite callSite) {
        return new StatementEntry(analyzer.analyze(sql), List.of(), Instant.EPOCH.plusNanos(++nanos), 1_000, 1, -1,
                0, 1, null, "main", null, callSite, List.of(), 1);
    }

    private static CallSite site(String className, String method, int line) {
        return new CallSite("com.example." + className, method, className + ".java", line);
    }

    private static Recording recording(StatementEntry... statements) {
        List<RecordedEntry> entries = new ArrayList<>(List.of(statements));
        return new Recording(entries, List.of(), Map.of(StatementKind.SELECT, (long) statements.length), 0, 0, 0, 0,
                100_000);
    }

    private static QueryGuardConfig config(String... keysAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return QueryGuardConfig.fromProperties(values, "test");
    }
}
