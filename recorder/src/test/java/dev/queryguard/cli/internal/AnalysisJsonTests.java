package dev.queryguard.cli.internal;

import dev.queryguard.analysis.JoinRef;
import dev.queryguard.analysis.JoinType;
import dev.queryguard.analysis.StatementAnalysis;
import dev.queryguard.analysis.StatementKind;
import dev.queryguard.analysis.TableRef;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnalysisJsonTests {

    @Test
    void writesTheFieldsInTheDocumentedOrderWithoutSpaces() {
        StatementAnalysis analysis = new StatementAnalysis("select 1", StatementKind.SELECT, true, null, "select ?",
                List.of(), List.of(), List.of(), false);

        assertThat(AnalysisJson.of(new SourceStatement(1, "select 1"), analysis)).isEqualTo(
                "{\"line\":1,\"sql\":\"select 1\",\"kind\":\"SELECT\",\"parsed\":true,\"error\":null,"
                        + "\"fingerprint\":\"select ?\",\"tables\":[],\"joins\":[],\"groups\":[],\"crossSchema\":false}");
    }

    @Test
    void writesTablesJoinsAndGroupsWithNullsAsNull() {
        String sql = "select * from ci.ci_pipelines p left join main.packages k on k.id = p.id, audit";
        StatementAnalysis analysis = new StatementAnalysis(sql, StatementKind.SELECT, true, null,
                "select * from ci.ci_pipelines p left join main.packages k on k.id = p.id, audit",
                List.of(new TableRef("ci.ci_pipelines", "ci"), new TableRef("main.packages", "main"),
                        new TableRef("audit", null)),
                List.of(new JoinRef(JoinType.LEFT, "main.packages"), new JoinRef(JoinType.IMPLICIT, "audit"),
                        new JoinRef(JoinType.LATERAL, null)),
                List.of("ci", "main"), true);

        assertThat(AnalysisJson.of(new SourceStatement(12, sql), analysis)).isEqualTo("{\"line\":12,\"sql\":\"" + sql
                + "\",\"kind\":\"SELECT\",\"parsed\":true,\"error\":null,\"fingerprint\":\"" + sql + "\","
                + "\"tables\":[{\"name\":\"ci.ci_pipelines\",\"group\":\"ci\"},"
                + "{\"name\":\"main.packages\",\"group\":\"main\"},{\"name\":\"audit\",\"group\":null}],"
                + "\"joins\":[{\"type\":\"LEFT\",\"table\":\"main.packages\"},{\"type\":\"IMPLICIT\",\"table\":\"audit\"},"
                + "{\"type\":\"LATERAL\",\"table\":null}],"
                + "\"groups\":[\"ci\",\"main\"],\"crossSchema\":true}");
    }

    @Test
    void writesTheReasonOfAnUnparsedStatement() {
        StatementAnalysis analysis = new StatementAnalysis("selec 1", StatementKind.OTHER, false,
                "Encountered \"selec\" at line 1", "selec ?", List.of(), List.of(), List.of(), false);

        assertThat(AnalysisJson.of(new SourceStatement(3, "selec 1"), analysis))
                .contains(",\"kind\":\"OTHER\",\"parsed\":false,\"error\":\"Encountered \\\"selec\\\" at line 1\",");
    }
}
