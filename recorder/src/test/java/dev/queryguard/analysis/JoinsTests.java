package dev.queryguard.analysis;

import dev.queryguard.config.QueryGuardConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Each join with its type and the table it brings in ({@code -} for a subquery, a function or a CTE). */
class JoinsTests {

    private final SqlAnalyzer analyzer = new SqlAnalyzer(QueryGuardConfig.defaults());

    static Stream<Arguments> joins() {
        return SqlCases.of("""
                SELECT * FROM main.a                                                       => -
                SELECT * FROM main.a JOIN ci.b ON true                                     => INNER ci.b
                SELECT * FROM main.a INNER JOIN ci.b ON true                               => INNER ci.b
                SELECT * FROM main.a LEFT JOIN ci.b ON true LEFT OUTER JOIN ci.c ON true   => LEFT ci.b, LEFT ci.c
                SELECT * FROM main.a RIGHT JOIN ci.b ON true RIGHT OUTER JOIN ci.c ON true => RIGHT ci.b, RIGHT ci.c
                SELECT * FROM main.a FULL JOIN ci.b ON true FULL OUTER JOIN ci.c ON true   => FULL ci.b, FULL ci.c
                SELECT * FROM main.a CROSS JOIN ci.b                                       => CROSS ci.b
                SELECT * FROM main.a NATURAL JOIN ci.b                                     => NATURAL ci.b
                SELECT * FROM main.a JOIN ci.b USING (id)                                  => INNER ci.b
                SELECT * FROM main.a, ci.b, ci.c                                           => IMPLICIT ci.b, IMPLICIT ci.c
                SELECT * FROM main.a, LATERAL (SELECT * FROM ci.b WHERE b.a = a.id) l      => LATERAL -
                SELECT * FROM main.a CROSS JOIN LATERAL (SELECT * FROM ci.b) l             => LATERAL -
                SELECT * FROM main.a LEFT JOIN LATERAL (SELECT * FROM ci.b) l ON true      => LATERAL -
                SELECT * FROM main.a a CROSS APPLY (SELECT * FROM ci.b) b                  => LATERAL -
                SELECT * FROM main.a JOIN (SELECT * FROM ci.b) b ON true                   => INNER -
                SELECT * FROM main.a JOIN generate_series(1, 3) g ON true                  => INNER -
                WITH x AS (SELECT * FROM ci.b) SELECT * FROM main.a JOIN x ON true         => INNER -
                SELECT * FROM main.a JOIN (main.b JOIN main.c ON true) ON true             => INNER -, INNER main.c
                SELECT * FROM main.a a NATURAL JOIN ci.b FULL OUTER JOIN ci.c ON true RIGHT JOIN ci.d ON true CROSS JOIN ci.e INNER JOIN ci.f ON true JOIN ci.g ON true LEFT OUTER JOIN ci.h ON true, ci.i => NATURAL ci.b, FULL ci.c, RIGHT ci.d, CROSS ci.e, INNER ci.f, INNER ci.g, LEFT ci.h, IMPLICIT ci.i
                # joins inside subqueries count, in order of appearance
                SELECT * FROM main.a WHERE id IN (SELECT b.a FROM ci.b JOIN ci.c ON true) AND EXISTS (SELECT 1 FROM ci.d, ci.e) => INNER ci.c, IMPLICIT ci.e
                SELECT (SELECT count(*) FROM ci.b LEFT JOIN ci.c ON true) FROM main.a JOIN main.d ON true => LEFT ci.c, INNER main.d
                WITH x AS (SELECT * FROM ci.b JOIN ci.c ON true) SELECT * FROM x JOIN main.d ON true => INNER ci.c, INNER main.d
                # the target of UPDATE and DELETE and the first item of FROM and USING are not joins
                UPDATE main.p SET x = c.x FROM ci.c, ci.d WHERE c.id = p.id               => IMPLICIT ci.d
                UPDATE main.p p JOIN ci.c c ON c.id = p.id SET p.x = c.x                   => INNER ci.c
                DELETE FROM main.p USING ci.c, ci.d WHERE c.id = p.id                      => IMPLICIT ci.d
                DELETE p FROM main.p p LEFT JOIN ci.c c ON c.id = p.id WHERE c.id IS NULL  => LEFT ci.c
                MERGE INTO main.t USING ci.s ON t.id = s.id WHEN MATCHED THEN DELETE       => -
                """);
    }

    @ParameterizedTest(name = "{0} => {1}")
    @MethodSource("joins")
    void haveTheirTypeAndTable(String sql, String joins) {
        StatementAnalysis analysis = analyzer.analyze(sql);

        assertThat(analysis.parsed()).as("parsed: %s", analysis.error()).isTrue();
        assertThat(SqlCases.joins(analysis)).isEqualTo(joins);
    }
}
