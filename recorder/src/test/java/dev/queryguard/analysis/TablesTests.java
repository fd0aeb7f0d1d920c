package dev.queryguard.analysis;

import dev.queryguard.config.QueryGuardConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The tables a statement touches: every construct, normalized, each once, in order of first appearance. */
class TablesTests {

    private final SqlAnalyzer analyzer = new SqlAnalyzer(QueryGuardConfig.defaults());
    private final SqlAnalyzer withDefaultSchema = new SqlAnalyzer(
            SqlCases.config("queryguard.schema.default", "public"));

    static Stream<Arguments> constructs() {
        return SqlCases.of("""
                # FROM, joins, subqueries
                SELECT * FROM main.a                                                       => main.a
                SELECT * FROM main.a a JOIN ci.b b ON b.a = a.id LEFT JOIN ci.c ON true    => main.a, ci.b, ci.c
                SELECT * FROM main.a, ci.b, ci.c                                           => main.a, ci.b, ci.c
                SELECT * FROM main.a JOIN (main.b JOIN main.c ON true) ON true             => main.a, main.b, main.c
                SELECT * FROM (SELECT * FROM ci.x) s JOIN main.p ON true                   => ci.x, main.p
                SELECT (SELECT count(*) FROM ci.b) AS n, a.id FROM main.a a                => ci.b, main.a
                SELECT * FROM main.a WHERE EXISTS (SELECT 1 FROM ci.b WHERE b.a = a.id)    => main.a, ci.b
                SELECT * FROM main.a WHERE id IN (SELECT a_id FROM ci.b)                   => main.a, ci.b
                SELECT * FROM main.a WHERE id = ANY (SELECT a_id FROM ci.b)                => main.a, ci.b
                SELECT a.x, count(*) FROM main.a GROUP BY a.x HAVING count(*) > (SELECT max(n) FROM ci.c) => main.a, ci.c
                SELECT * FROM main.a, LATERAL (SELECT * FROM ci.b WHERE b.a = a.id) l      => main.a, ci.b
                SELECT * FROM main.a LEFT JOIN LATERAL (SELECT * FROM ci.b) l ON true      => main.a, ci.b
                # set operations
                SELECT id FROM main.a UNION SELECT id FROM ci.b                            => main.a, ci.b
                SELECT id FROM main.a UNION ALL SELECT id FROM ci.b INTERSECT SELECT id FROM ci.c EXCEPT SELECT id FROM x.d => main.a, ci.b, ci.c, x.d
                # common table expressions: their bodies are tables, their names are not
                WITH x AS (SELECT id FROM main.a) SELECT * FROM x JOIN main.b ON b.id = x.id => main.a, main.b
                WITH x AS (SELECT id FROM main.a), y AS (SELECT * FROM x JOIN ci.q ON true) SELECT * FROM y => main.a, ci.q
                WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 5) SELECT * FROM t => -
                WITH "Recent" AS (SELECT * FROM ci.b) SELECT * FROM recent                 => ci.b
                WITH x AS (SELECT id FROM main.a) INSERT INTO main.c SELECT * FROM x       => main.a, main.c
                WITH x AS (SELECT id FROM main.a) DELETE FROM main.c WHERE id IN (SELECT id FROM x) => main.a, main.c
                # a CTE name qualified by a schema is a table
                WITH x AS (SELECT 1) SELECT * FROM x, main.x                               => main.x
                # writes
                INSERT INTO main.p (id, name) VALUES (?, ?)                                => main.p
                INSERT INTO main.p (id) SELECT id FROM ci.c                                => main.p, ci.c
                INSERT INTO main.p (id) VALUES (1) ON CONFLICT (id) DO UPDATE SET x = (SELECT max(x) FROM ci.q) => main.p, ci.q
                UPDATE main.p SET x = c.x FROM ci.c WHERE c.id = p.id                      => main.p, ci.c
                UPDATE main.p p JOIN ci.c c ON c.id = p.id SET p.x = c.x                   => main.p, ci.c
                UPDATE main.p SET x = (SELECT max(x) FROM ci.c) WHERE id = ?               => main.p, ci.c
                DELETE FROM main.p USING ci.c WHERE c.id = p.id                            => main.p, ci.c
                DELETE p FROM main.p p JOIN ci.c c ON c.id = p.id                          => main.p, ci.c
                DELETE FROM main.p WHERE id IN (SELECT p_id FROM ci.c)                     => main.p, ci.c
                MERGE INTO main.t USING ci.s ON t.id = s.id WHEN MATCHED THEN UPDATE SET x = s.x WHEN NOT MATCHED THEN INSERT (id, x) VALUES (s.id, s.x) => main.t, ci.s
                MERGE INTO main.t USING (SELECT * FROM ci.s) s ON t.id = s.id WHEN MATCHED THEN DELETE => main.t, ci.s
                # DDL
                DROP TABLE main.packages                                                   => main.packages
                TRUNCATE ci.ci_builds                                                      => ci.ci_builds
                ALTER TABLE main.p ADD COLUMN name varchar(10)                             => main.p
                # several statements in one text
                SELECT 1; SELECT * FROM ci.x; DELETE FROM main.y                           => ci.x, main.y
                # never a literal, a column or an alias
                SELECT * FROM main.a WHERE note = 'SELECT * FROM ci.secret JOIN ci.other'  => main.a
                SELECT packages, ci_pipelines.id FROM main.builds ci_pipelines             => main.builds
                SELECT packages.id FROM main.packages                                      => main.packages
                SELECT nextval('ci.ci_builds_id_seq')                                      => -
                SELECT * FROM generate_series(1, 3) g                                      => -
                # each table once, in order of first appearance
                SELECT * FROM main.p WHERE id IN (SELECT id FROM main.p) AND x IN (SELECT x FROM ci.b) => main.p, ci.b
                SELECT * FROM MAIN.P JOIN main.p q ON true                                 => main.p
                """);
    }

    @ParameterizedTest(name = "{0} => {1}")
    @MethodSource("constructs")
    void areFoundInEveryConstruct(String sql, String tables) {
        StatementAnalysis analysis = analyzer.analyze(sql);

        assertThat(analysis.parsed()).as("parsed: %s", analysis.error()).isTrue();
        assertThat(SqlCases.tables(analysis)).isEqualTo(tables);
    }

    static Stream<Arguments> quotedNames() {
        return SqlCases.of("""
                SELECT "P1_0"."ID" FROM "MAIN"."PACKAGES" "P1_0"                           => main.packages
                SELECT * FROM PUBLIC.PACKAGES                                              => public.packages
                SELECT * FROM `main`.`packages` JOIN `ci`.`ci_builds` ON true              => main.packages, ci.ci_builds
                SELECT * FROM [main].[packages] JOIN [ci].[ci_builds] ON 1 = 1             => main.packages, ci.ci_builds
                SELECT * FROM gitlabhq.main.packages                                       => main.packages
                SELECT * FROM "gitlabhq"."CI"."Ci_Builds"                                  => ci.ci_builds
                """);
    }

    @ParameterizedTest(name = "{0} => {1}")
    @MethodSource("quotedNames")
    void areUnquotedLowerCasedAndSchemaQualified(String sql, String tables) {
        StatementAnalysis analysis = analyzer.analyze(sql);

        assertThat(analysis.parsed()).as("parsed: %s", analysis.error()).isTrue();
        assertThat(SqlCases.tables(analysis)).isEqualTo(tables);
    }

    @Test
    void unqualifiedNamesStayBareWithoutADefaultSchema() {
        StatementAnalysis analysis = analyzer.analyze("SELECT * FROM packages p JOIN ci.ci_builds b ON true");

        assertThat(SqlCases.tables(analysis)).isEqualTo("packages, ci.ci_builds");
    }

    @Test
    void unqualifiedNamesGetTheDefaultSchema() {
        StatementAnalysis analysis = withDefaultSchema.analyze(
                "SELECT * FROM packages p JOIN ci.ci_builds b ON true JOIN \"Users\" u ON true");

        assertThat(SqlCases.tables(analysis)).isEqualTo("public.packages, ci.ci_builds, public.users");
    }

    @Test
    void aQualifiedAndAnUnqualifiedNameOfTheDefaultSchemaAreOneTable() {
        StatementAnalysis analysis = withDefaultSchema.analyze("SELECT * FROM public.p JOIN p q ON true");

        assertThat(SqlCases.tables(analysis)).isEqualTo("public.p");
    }

    @Test
    void commonTableExpressionNamesGetNoDefaultSchema() {
        StatementAnalysis analysis = withDefaultSchema.analyze(
                "WITH recent AS (SELECT * FROM builds) SELECT * FROM recent JOIN projects ON true");

        assertThat(SqlCases.tables(analysis)).isEqualTo("public.builds, public.projects");
    }

    @Test
    void callsTouchTheTablesOfTheirArguments() {
        // TablesNamesFinder throws for CALL (Execute): the tolerant scan reads the statement instead
        StatementAnalysis analysis = analyzer.analyze("CALL ci.retry((SELECT max(id) FROM ci.ci_builds))");

        assertThat(analysis.parsed()).isTrue();
        assertThat(analysis.error()).isNull();
        assertThat(analysis.kind()).isEqualTo(StatementKind.CALL);
        assertThat(SqlCases.tables(analysis)).isEqualTo("ci.ci_builds");
    }

    @Test
    void statementsTablesNamesFinderRejectsStillGetTheirTables() {
        // SET is a SetStatement, which TablesNamesFinder rejects
        StatementAnalysis analysis = analyzer.analyze("SET x = 1; SELECT * FROM main.t JOIN ci.b ON true");

        assertThat(analysis.parsed()).isTrue();
        assertThat(analysis.kind()).isEqualTo(StatementKind.OTHER);
        assertThat(SqlCases.tables(analysis)).isEqualTo("main.t, ci.b");
        assertThat(SqlCases.joins(analysis)).isEqualTo("INNER ci.b");
    }
}
