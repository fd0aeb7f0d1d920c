package dev.queryguard.analysis;

import dev.queryguard.analysis.internal.ParseTimer;
import dev.queryguard.config.QueryGuardConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** SQL the parser cannot read: never an exception, the parser's reason, and tables from the tolerant scan. */
class UnparsedTests {

    /** The {@code ~~~} operator does not exist: JSqlParser rejects every statement holding it. */
    private static final String BROKEN = " ~~~ 1";

    private final SqlAnalyzer analyzer = new SqlAnalyzer(SqlCases.mainAndCi());

    @Test
    void reportsTheParsersReasonAndStillFindsTablesAndGroups() {
        StatementAnalysis analysis = analyzer.analyze(
                "SELECT p.* FROM main.packages p JOIN ci.ci_pipelines c ON c.id = p.pipeline_id WHERE p.x" + BROKEN);

        assertThat(analysis.parsed()).isFalse();
        assertThat(analysis.error()).isEqualTo(
                "Encountered: \"~\" / \"~\", at line 1, column 92, in lexical state DEFAULT.");
        assertThat(analysis.kind()).isEqualTo(StatementKind.SELECT);
        assertThat(SqlCases.tablesWithGroups(analysis)).isEqualTo("main.packages:main, ci.ci_pipelines:ci");
        assertThat(SqlCases.joins(analysis)).isEqualTo("INNER ci.ci_pipelines");
        assertThat(analysis.groups()).containsExactly("ci", "main");
        assertThat(analysis.crossSchema()).isTrue();
        assertThat(analysis.fingerprint()).isEqualTo(
                "select p.* from main.packages p join ci.ci_pipelines c on c.id = p.pipeline_id where p.x ~~~ ?");
    }

    static Stream<Arguments> scannedTables() {
        return SqlCases.of("""
                SELECT * FROM ci.ci_pipelines WHERE x ~~~ 1                                => ci.ci_pipelines
                SELECT * FROM "CI"."CI_PIPELINES", `main`.`packages` WHERE x ~~~ 1         => ci.ci_pipelines, main.packages
                SELECT * FROM [main].[packages] p LEFT JOIN ci.b ON true WHERE x ~~~ 1     => main.packages, ci.b
                SELECT * FROM db.ci.ci_builds b WHERE x ~~~ 1                              => ci.ci_builds
                SELECT * FROM main.a a, ci.b b JOIN ci.c ON a.x = c.x, ci.d WHERE x ~~~ 1  => main.a, ci.b, ci.c, ci.d
                SELECT * FROM main.a WHERE id IN (SELECT a_id FROM ci.b) AND x ~~~ 1       => main.a, ci.b
                SELECT (SELECT max(id) FROM ci.b), x ~~~ 1 FROM main.a                     => ci.b, main.a
                SELECT * FROM main.a WHERE note = 'FROM ci.secret JOIN ci.other' AND x ~~~ 1 => main.a
                SELECT * FROM main.a JOIN (main.b JOIN main.c ON true) ON true WHERE x ~~~ 1 => main.a, main.b, main.c
                WITH x AS (SELECT * FROM ci.b), y AS (SELECT * FROM x) SELECT * FROM y JOIN main.c ON true WHERE x ~~~ 1 => ci.b, main.c
                SELECT * FROM generate_series(1, 3) g JOIN main.a ON true WHERE x ~~~ 1    => main.a
                SELECT * FROM ONLY main.a WHERE extract(year FROM created_at) ~~~ 1 AND x IS DISTINCT FROM y => main.a
                SELECT * FROM main.a, LATERAL (SELECT * FROM ci.b) l WHERE x ~~~ 1         => main.a, ci.b
                SELECT * FROM main.a FOR UPDATE OF a SKIP LOCKED ~~~ 1                     => main.a
                INSERT INTO main.p (a, b) SELECT a, b FROM ci.c WHERE x ~~~ 1              => main.p, ci.c
                INSERT INTO main.p (a) VALUES (1) ON CONFLICT (a) DO UPDATE SET a ~~~ 1    => main.p
                INSERT INTO main.p (a) VALUES (1) ON DUPLICATE KEY UPDATE a ~~~ 1          => main.p
                UPDATE main.p SET x = c.x FROM ci.c WHERE c.id ~~~ 1                       => main.p, ci.c
                UPDATE main.p p JOIN ci.c c ON true SET p.x ~~~ 1                          => main.p, ci.c
                DELETE FROM main.p USING ci.c, ci.d WHERE c.id ~~~ 1                       => main.p, ci.c, ci.d
                DELETE FROM main.p p JOIN ci.c c USING (id) WHERE x ~~~ 1                  => main.p, ci.c
                MERGE INTO main.t USING ci.s ON t.id ~~~ s.id WHEN MATCHED THEN DELETE     => main.t, ci.s
                MERGE INTO main.t USING (SELECT * FROM ci.s) s ON t.id ~~~ s.id            => main.t, ci.s
                SELECT packages, ci.builds.id FROM main.x WHERE y ~~~ 1                    => main.x
                """);
    }

    @ParameterizedTest(name = "{0} => {1}")
    @MethodSource("scannedTables")
    void theTolerantScanFindsTables(String sql, String tables) {
        StatementAnalysis analysis = analyzer.analyze(sql);

        assertThat(analysis.parsed()).isFalse();
        assertThat(SqlCases.tables(analysis)).isEqualTo(tables);
    }

    @Test
    void theTolerantScanUsesTheDefaultSchema() {
        SqlAnalyzer withDefault = new SqlAnalyzer(SqlCases.mainAndCi("queryguard.schema.default", "public"));

        StatementAnalysis analysis = withDefault.analyze("SELECT * FROM ci_builds b JOIN main.packages ON x ~~~ 1");

        assertThat(SqlCases.tablesWithGroups(analysis)).isEqualTo("public.ci_builds:ci, main.packages:main");
        assertThat(analysis.crossSchema()).isTrue();
    }

    @Test
    void sqlOverTheLengthLimitIsOnlyScanned() {
        SqlAnalyzer limited = new SqlAnalyzer(SqlCases.mainAndCi("queryguard.analysis.maxSqlLength", "100000"));
        String sql = "SELECT * FROM main.packages p JOIN ci.ci_builds b ON true WHERE p.name IN ("
                + "'x', ".repeat(50_000) + "'y')";

        StatementAnalysis analysis = limited.analyze(sql);

        assertThat(sql).hasSize(250_079);
        assertThat(analysis.parsed()).isFalse();
        assertThat(analysis.error())
                .isEqualTo("not parsed: 250079 characters, over queryguard.analysis.maxSqlLength=100000");
        assertThat(analysis.kind()).isEqualTo(StatementKind.SELECT);
        assertThat(SqlCases.tables(analysis)).isEqualTo("main.packages, ci.ci_builds");
        assertThat(analysis.crossSchema()).isTrue();
        assertThat(analysis.fingerprint())
                .isEqualTo("select * from main.packages p join ci.ci_builds b on true where p.name in (...)");
    }

    @Test
    void deepNestingThatOverflowsTheParsersStackIsNotParsed() {
        SqlAnalyzer roomy = new SqlAnalyzer(SqlCases.mainAndCi("queryguard.analysis.maxSqlLength", "1000000"));
        String sql = "SELECT " + "f(".repeat(50_000) + "1" + ")".repeat(50_000) + " FROM ci.ci_builds";

        StatementAnalysis analysis = roomy.analyze(sql);

        assertThat(analysis.parsed()).isFalse();
        assertThat(analysis.error()).isEqualTo("not parsed: nested too deeply for the parser (StackOverflowError)");
        assertThat(SqlCases.tables(analysis)).isEqualTo("ci.ci_builds");
    }

    @Test
    void aParseThatTimesOutIsNotParsed() {
        ParseTimer firesAtOnce = (onTimeout, millis) -> {
            onTimeout.run();
            return () -> { };
        };
        SqlAnalyzer impatient = new SqlAnalyzer(
                SqlCases.mainAndCi("queryguard.analysis.parseTimeoutMillis", "250"), firesAtOnce);

        StatementAnalysis analysis = impatient.analyze("SELECT * FROM main.packages p JOIN ci.ci_builds b ON true");

        assertThat(analysis.parsed()).isFalse();
        assertThat(analysis.error())
                .isEqualTo("not parsed: parsing took longer than queryguard.analysis.parseTimeoutMillis=250");
        assertThat(SqlCases.tables(analysis)).isEqualTo("main.packages, ci.ci_builds");
        assertThat(analysis.crossSchema()).isTrue();
    }

    @Test
    void anEmptyStatementIsNotParsed() {
        StatementAnalysis analysis = analyzer.analyze("  -- nothing but a comment\n");

        assertThat(analysis.parsed()).isFalse();
        assertThat(analysis.error()).isEqualTo("not parsed: empty statement");
        assertThat(analysis.kind()).isEqualTo(StatementKind.OTHER);
        assertThat(analysis.fingerprint()).isEmpty();
        assertThat(analysis.tables()).isEmpty();
    }

    @Test
    void theReasonIsOneLineOfAtMost200Characters() {
        StatementAnalysis analysis = analyzer.analyze("SELECT * FROM main.a WHERE x = 1 " + "y".repeat(300) + " z");

        assertThat(analysis.parsed()).isFalse();
        assertThat(analysis.error())
                .startsWith("Encountered: <S_IDENTIFIER> / \"yyy")
                .endsWith("yyy...")
                .hasSize(200);
    }

    @Test
    void neverThrowsForGarbage() {
        Random random = new Random(20_261_122);
        String[] pieces = {"SELECT", "FROM", "JOIN", "(", ")", ",", ".", "'", "\"", "`", "[", "]", "$", "$$", "?",
            "--", "/*", "*/", "WITH", "AS", "INSERT", "INTO", "UPDATE", "USING", "IN", "VALUES", "{", "}", ";",
            "main.a", "ci", "x", "1", "-", "E'", "\\", "LATERAL", "ON", "=", "\n", "MERGE", "DELETE", "ONLY"};
        for (int i = 0; i < 2_000; i++) {
            StringBuilder sql = new StringBuilder();
            for (int n = random.nextInt(30); n >= 0; n--) {
                sql.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "");
            }
            String text = sql.toString();
            assertThatCode(() -> analyzer.analyze(text)).as(text).doesNotThrowAnyException();
        }
    }
}
