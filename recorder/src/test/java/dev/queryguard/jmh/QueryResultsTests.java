package dev.queryguard.jmh;

import dev.queryguard.analysis.StatementKind;
import dev.queryguard.recording.internal.ScopeCounts;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.ScalarResult;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class QueryResultsTests {

    @Test
    void namesEveryCountPerOperationAndLeavesOutTheRareOnesAtZero() {
        ScopeCounts counts = new ScopeCounts(Map.of(StatementKind.SELECT, 8L, StatementKind.INSERT, 2L,
                StatementKind.DDL, 1L, StatementKind.CALL, 1L, StatementKind.TRANSACTION, 2L, StatementKind.OTHER, 2L),
                20, 4, 1, 6, 2, 3);

        assertThat(QueryResults.perOperation(counts, 2)).extracting(QueryResultsTests::describe).containsExactly(
                "queryguard.statements.norm 8.0 statements/op",
                "queryguard.selects.norm 4.0 statements/op",
                "queryguard.inserts.norm 1.0 statements/op",
                "queryguard.ddl.norm 0.5 statements/op",
                "queryguard.procedure-calls.norm 0.5 statements/op",
                "queryguard.transaction-sql.norm 1.0 statements/op",
                "queryguard.other-sql.norm 1.0 statements/op",
                "queryguard.rows.norm 10.0 rows/op",
                "queryguard.cached.norm 3.0 loads/op",
                "queryguard.cross-schema.norm 2.0 statements/op",
                "queryguard.unparsed.norm 0.5 statements/op",
                "queryguard.external-calls.norm 1.0 calls/op");
    }

    @Test
    void alwaysReportsTheStatementsSelectsRowsCacheHitsAndCrossSchemaStatements() {
        ScopeCounts nothing = new ScopeCounts(Map.of(), 0, 0, 0, 0, 0, 0);

        assertThat(QueryResults.perOperation(nothing, 5)).extracting(QueryResultsTests::describe).containsExactly(
                "queryguard.statements.norm 0.0 statements/op",
                "queryguard.selects.norm 0.0 statements/op",
                "queryguard.rows.norm 0.0 rows/op",
                "queryguard.cached.norm 0.0 loads/op",
                "queryguard.cross-schema.norm 0.0 statements/op");
    }

    @Test
    void hasNoFigurePerOperationWithoutOperations() {
        ScopeCounts counts = new ScopeCounts(Map.of(StatementKind.SELECT, 3L), 3, 0, 0, 0, 0, 0);

        assertThat(QueryResults.perOperation(counts, 0).get(0).getScore()).isNaN();
    }

    private static String describe(ScalarResult result) {
        return result.getLabel() + " " + result.getScore() + " " + result.getScoreUnit();
    }
}
