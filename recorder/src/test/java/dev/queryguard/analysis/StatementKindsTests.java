package dev.queryguard.analysis;

import dev.queryguard.config.QueryGuardConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The kind of a statement, from the parse tree when JSqlParser reads it and from its keyword otherwise. */
class StatementKindsTests {

    private final SqlAnalyzer analyzer = new SqlAnalyzer(QueryGuardConfig.defaults());

    static Stream<Arguments> parsedStatements() {
        return SqlCases.of("""
                SELECT 1                                                                   => SELECT
                TABLE main.packages                                                        => SELECT
                (SELECT id FROM main.a) UNION (SELECT id FROM ci.b)                        => SELECT
                WITH x AS (SELECT id FROM main.a) SELECT * FROM x                          => SELECT
                WITH x AS (SELECT id FROM main.a) INSERT INTO main.c SELECT * FROM x       => INSERT
                WITH x AS (SELECT id FROM main.a) UPDATE main.c SET y = 1                  => UPDATE
                WITH x AS (SELECT id FROM main.a) DELETE FROM main.c WHERE id IN (SELECT id FROM x) => DELETE
                INSERT INTO main.p (id) VALUES (?)                                         => INSERT
                REPLACE INTO main.p (id) VALUES (?)                                        => INSERT
                UPDATE main.p SET name = ? WHERE id = ?                                    => UPDATE
                DELETE FROM main.p WHERE id = ?                                            => DELETE
                MERGE INTO main.t USING ci.s ON t.id = s.id WHEN MATCHED THEN UPDATE SET x = s.x => MERGE
                DROP TABLE main.packages                                                   => DDL
                DROP INDEX main.index_packages_on_name                                     => DDL
                CREATE TABLE main.p (id bigint primary key)                                => DDL
                CREATE INDEX i ON main.p (name)                                            => DDL
                ALTER TABLE main.p ADD COLUMN name varchar(10)                             => DDL
                TRUNCATE TABLE ci.ci_builds                                                => DDL
                COMMENT ON TABLE main.p IS 'packages'                                      => DDL
                GRANT SELECT ON main.p TO reader                                           => DDL
                REVOKE SELECT ON main.p FROM reader                                        => DDL
                CALL ci.retry_build(?)                                                     => CALL
                EXEC retry_build 1                                                         => CALL
                {call ci.retry_build(?)}                                                   => CALL
                {? = call ci.next_build_id(?)}                                             => CALL
                COMMIT                                                                     => TRANSACTION
                ROLLBACK                                                                   => TRANSACTION
                ROLLBACK TO SAVEPOINT before_retry                                         => TRANSACTION
                SAVEPOINT before_retry                                                     => TRANSACTION
                SET search_path = main                                                     => OTHER
                SHOW search_path                                                           => OTHER
                EXPLAIN SELECT * FROM main.p                                               => OTHER
                VALUES (1, 2)                                                              => OTHER
                LOCK TABLE main.p IN EXCLUSIVE MODE                                        => OTHER
                """);
    }

    @ParameterizedTest(name = "{0} => {1}")
    @MethodSource("parsedStatements")
    void comesFromTheParseTree(String sql, StatementKind kind) {
        StatementAnalysis analysis = analyzer.analyze(sql);

        assertThat(analysis.parsed()).as("parsed").isTrue();
        assertThat(analysis.kind()).isEqualTo(kind);
    }

    /** JSqlParser 5.4 rejects these; they still get their kind. */
    static Stream<Arguments> keywordStatements() {
        return SqlCases.of("""
                BEGIN                                                                      => TRANSACTION
                BEGIN TRANSACTION                                                          => TRANSACTION
                START TRANSACTION                                                          => TRANSACTION
                RELEASE SAVEPOINT before_retry                                             => TRANSACTION
                END                                                                        => TRANSACTION
                SET search_path TO main, public                                            => OTHER
                SET TRANSACTION ISOLATION LEVEL SERIALIZABLE                               => OTHER
                DO $$ BEGIN PERFORM 1; END $$                                              => OTHER
                /* leading comment */ ((SELECT id FROM main.a WHERE x ~~~ 1))              => SELECT
                WITH x AS (SELECT id FROM main.a WHERE x ~~~ 1) SELECT * FROM x            => SELECT
                WITH x AS (SELECT id FROM main.a WHERE x ~~~ 1) DELETE FROM main.c         => DELETE
                WITH RECURSIVE x(n) AS (SELECT 1 ~~~ 2), y AS (SELECT 2) UPDATE main.c SET n = 1 => UPDATE
                WITH x AS (SELECT ~~~ 1)                                                   => SELECT
                INSERT INTO main.p VALUES (~~~)                                            => INSERT
                DROP TABLE main.p ~~~                                                      => DDL
                {call ci.retry_build(?) ~~~}                                               => CALL
                {? = call ci.next_build_id(?) ~~~}                                         => CALL
                PERFORM something                                                          => OTHER
                TABLE main.packages ~~~                                                    => SELECT
                """);
    }

    @ParameterizedTest(name = "{0} => {1}")
    @MethodSource("keywordStatements")
    void comesFromTheLeadingKeywordWhenTheParserCannotReadTheStatement(String sql, StatementKind kind) {
        StatementAnalysis analysis = analyzer.analyze(sql);

        assertThat(analysis.parsed()).as("parsed").isFalse();
        assertThat(analysis.error()).isNotBlank();
        assertThat(analysis.kind()).isEqualTo(kind);
    }
}
