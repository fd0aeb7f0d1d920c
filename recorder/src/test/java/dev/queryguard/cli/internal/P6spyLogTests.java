package dev.queryguard.cli.internal;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class P6spyLogTests {

    @Test
    void readsTheStatementsAndBatchesOfARealLog() throws IOException {
        assertThat(statementsOf("/cli/p6spy-sample.log")).containsExactly(
                new SourceStatement(1, "create table ci.ci_pipelines (id bigint primary key, project_id bigint,"
                        + " ref varchar(255))"),
                new SourceStatement(3, "insert into ci.ci_pipelines (project_id,ref,id) values (?,?,?)"),
                new SourceStatement(4, "insert into main.packages (name,project_id,id) values (?,?,?)"),
                new SourceStatement(5, "insert into main.packages (name,project_id,id) values (?,?,?)"),
                new SourceStatement(7, "select p1_0.id,p1_0.ref from ci.ci_pipelines p1_0 join main.packages k1_0"
                        + " on k1_0.project_id=p1_0.project_id where p1_0.project_id=?"),
                new SourceStatement(10, "select name || '|' || project_id from main.packages where id=?"),
                new SourceStatement(12, "select count(*) from main.packages"));
    }

    @Test
    void takesALogForOneWhenMostOfItsLinesAreP6spyLines() {
        String statement = "1700000000000|3|statement|connection 7|url jdbc:h2:mem:x|select 1|select 1";

        assertThat(P6spyLog.isP6spyLog(List.of(statement, statement, "a stray line"))).isTrue();
        assertThat(P6spyLog.isP6spyLog(List.of(statement, "a stray line"))).isFalse();
        assertThat(P6spyLog.isP6spyLog(List.of("select 1;", "select 2;"))).isFalse();
        assertThat(P6spyLog.isP6spyLog(List.of())).isFalse();
    }

    private static List<SourceStatement> statementsOf(String resource) throws IOException {
        try (InputStream in = P6spyLogTests.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            P6spyLog log = new P6spyLog(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            List<SourceStatement> statements = new ArrayList<>();
            for (SourceStatement statement = log.next(); statement != null; statement = log.next()) {
                statements.add(statement);
            }
            return statements;
        }
    }
}
