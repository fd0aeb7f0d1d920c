package dev.queryguard.analysis;

import dev.queryguard.config.QueryGuardConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Fingerprints: one per statement shape, whatever its literals, bind values, list lengths, case and spacing. */
class FingerprintTests {

    private final SqlAnalyzer analyzer = new SqlAnalyzer(QueryGuardConfig.defaults());

    static Stream<Arguments> fingerprints() {
        return SqlCases.of("""
                SELECT p1_0.id FROM ci.ci_pipelines p1_0 WHERE p1_0.id IN (?, ?, ?) AND name = 'x' => select p1_0.id from ci.ci_pipelines p1_0 where p1_0.id in (...) and name = ?
                select p1_0.id from main.packages p1_0 where p1_0.project_id=? => select p1_0.id from main.packages p1_0 where p1_0.project_id=?
                SELECT * FROM t WHERE a IN (1,2,3) OR b NOT IN ('x') OR c IN(?)          => select * from t where a in (...) or b not in (...) or c in(...)
                SELECT * FROM t WHERE (a, b) IN ((1, 2), (?, ?))                           => select * from t where (a, b) in (...)
                SELECT * FROM t WHERE a IN (SELECT id FROM u WHERE v IN (1, 2))            => select * from t where a in (select id from u where v in (...))
                SELECT * FROM t WHERE id = $1 AND name = $2                                => select * from t where id = ? and name = ?
                SELECT * FROM t WHERE a = 1.5e10 AND b = -42 AND c = .5 AND d = 0xFF       => select * from t where a = ? and b = ? and c = ? and d = ?
                SELECT a - 1, b-2, -3 FROM t                                               => select a - ?, b-?, ? from t
                SELECT * FROM t WHERE a = 'it''s' AND b = E'it\\'s' AND c = $$x'y$$ AND d = $tag$z$tag$ AND e = N'n' => select * from t where a = ? and b = ? and c = ? and d = ? and e = ?
                SELECT * FROM t WHERE flag = TRUE AND other IS NOT NULL AND x = FALSE      => select * from t where flag = true and other is not null and x = false
                SELECT "ID", "Name" FROM "MAIN"."PACKAGES"                                 => select id, name from main.packages
                SELECT `id` FROM `main`.`packages` WHERE [x] = 1                           => select id from main.packages where x = ?
                SELECT   a ,  b   FROM    t  WHERE  ( a = 1 )                              => select a, b from t where (a = ?)
                SELECT /* hint */ a FROM t /*+ INDEX(t) */ WHERE a = 1                     => select a from t where a = ?
                SELECT a FROM/* no space */t                                               => select a from t
                INSERT INTO t (a, b) VALUES (?, ?), (?, ?), (?, ?)                         => insert into t (a, b) values (?, ?), ...
                INSERT INTO t (a, b) VALUES (1, 'x'),(2, 'y')                              => insert into t (a, b) values (?, ?), ...
                INSERT INTO t (a, b) VALUES (?, ?)                                         => insert into t (a, b) values (?, ?)
                INSERT INTO t (a, b) VALUES (?, now()), (?, ?)                             => insert into t (a, b) values (?, now()), (?, ?)
                INSERT INTO t (a) VALUES (?), (?) ON CONFLICT DO NOTHING                   => insert into t (a) values (?), ... on conflict do nothing
                SELECT * FROM t WHERE data->>'key' = ? AND x::text = ? AND arr[1] = ?      => select * from t where data->>? = ? and x::text = ? and arr[?] = ?
                {call ci.retry(?, 'x')}                                                    => {call ci.retry(?, ?)}
                SELECT 1;                                                                  => select ?
                SELECT 1 ; ;                                                               => select ?
                SELECT 1; SELECT 2                                                         => select ?; select ?
                SELECT * FROM t WHERE s = 'unterminated                                    => select * from t where s = ?
                """);
    }

    @ParameterizedTest(name = "{0} => {1}")
    @MethodSource("fingerprints")
    void replacesLiteralsCollapsesListsAndNormalizesText(String sql, String fingerprint) {
        assertThat(analyzer.analyze(sql).fingerprint()).isEqualTo(fingerprint);
    }

    @Test
    void isTheSameForEveryExecutionOfOneShape() {
        assertThat(analyzer.analyze("SELECT * FROM t WHERE id IN (1, 2) AND name = 'a'").fingerprint())
                .isEqualTo(analyzer.analyze("select *\n  from T\n where ID in (3, 4, 5, 6)   and NAME = 'bcd'").fingerprint())
                .isEqualTo(analyzer.analyze("-- the same\nSELECT * FROM t WHERE id IN (?) AND name = ?;").fingerprint())
                .isEqualTo("select * from t where id in (...) and name = ?");
    }

    @Test
    void removesCommentsAtTheEndOfLines() {
        String sql = "SELECT a -- the first column\n     , b /* the second */\nFROM t -- the table";

        assertThat(analyzer.analyze(sql).fingerprint()).isEqualTo("select a, b from t");
    }

    @Test
    void dropsNestedBlockCommentsWhole() {
        assertThat(analyzer.analyze("SELECT /* outer /* inner */ still comment */ a FROM t").fingerprint())
                .isEqualTo("select a from t");
    }

    @Test
    void keepsQuotedIdentifiersThatLookLikeKeywordsAsWords() {
        assertThat(analyzer.analyze("SELECT \"in\" (1, 2) FROM t").fingerprint()).isEqualTo("select in (?, ?) from t");
    }
}
