package dev.queryguard.cli.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class P6spyLineTests {

    private static final String PREFIX = "1700000000000|3|statement|connection 7|url jdbc:h2:mem:x|";

    @Test
    void readsTheCategoryAndThePreparedSql() {
        assertThat(P6spyLine.parse(PREFIX + "select * from a where id=?|select * from a where id=1"))
                .isEqualTo(new P6spyLine("statement", "select * from a where id=?"));
    }

    @Test
    void readsACommitWithoutSql() {
        P6spyLine commit = P6spyLine.parse("1700000000005|0|commit|connection 0|url jdbc:h2:mem:x||");

        assertThat(commit).isEqualTo(new P6spyLine("commit", ""));
        assertThat(commit.isExecution()).isFalse();
    }

    @Test
    void takesOnlyStatementsAndBatchesForExecutions() {
        assertThat(new P6spyLine("statement", "select 1").isExecution()).isTrue();
        assertThat(new P6spyLine("batch", "insert into a values (?)").isExecution()).isTrue();
        assertThat(new P6spyLine("result", "select 1").isExecution()).isFalse();
        assertThat(new P6spyLine("resultset", "select 1").isExecution()).isFalse();
        assertThat(new P6spyLine("rollback", "").isExecution()).isFalse();
    }

    @Test
    void findsSqlWithABarAndNoBindValues() {
        String sql = "select a || '|' || b from t";

        assertThat(P6spyLine.parse(PREFIX + sql + "|" + sql).sql()).isEqualTo(sql);
    }

    @Test
    void findsSqlWithABarAndBindValues() {
        assertThat(P6spyLine.parse(PREFIX + "select a || ? from t where id=?|select a || '|x' from t where id=5").sql())
                .isEqualTo("select a || ? from t where id=?");
    }

    @Test
    void findsSqlWhoseBindValueHasABar() {
        assertThat(P6spyLine.parse(PREFIX + "insert into t (a, b) values (?, ?)|insert into t (a, b) values ('x|y', 2)")
                .sql())
                .isEqualTo("insert into t (a, b) values (?, ?)");
    }

    @Test
    void keepsBarsInTheUrlFieldOutOfTheSql() {
        assertThat(P6spyLine.parse("1|0|statement|connection 1|url jdbc:x:a|select 1|select 1").sql())
                .isEqualTo("select 1");
    }

    @Test
    void endsSqlThatTheValuesDoNotExplainAtTheFirstLoneBarOutsideQuotes() {
        assertThat(P6spyLine.sqlOf("select a || 'p|q' from t|something else|entirely"))
                .isEqualTo("select a || 'p|q' from t");
    }

    @Test
    void rejectsLinesInOtherFormats() {
        assertThat(P6spyLine.parse("select a | b from t")).isNull();
        assertThat(P6spyLine.parse("")).isNull();
        assertThat(P6spyLine.parse("2023-11-14 10:00:00|3|statement|connection 7|url x|select 1|select 1")).isNull();
        assertThat(P6spyLine.parse("1700000000000|3|query|connection 7|url x|select 1|select 1")).isNull();
        assertThat(P6spyLine.parse("1700000000000|3|statement|connection 7|url x|select 1")).isNull();
    }

    @Test
    void recognizesTheStartOfALineCutBeforeItsSqlEnds() {
        assertThat(P6spyLine.startsLikeP6spy(PREFIX + "select * from a where id in (?, ?, ?")).isTrue();
        assertThat(P6spyLine.startsLikeP6spy("select * from a where id in (?, ?, ?")).isFalse();
    }
}
