package dev.queryguard.cli.internal;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StatementSplitterTests {

    @Test
    void splitsAtSemicolonsAndTrims() throws IOException {
        assertThat(split("select 1;  select 2 ;\nselect 3"))
                .containsExactly(new SourceStatement(1, "select 1"), new SourceStatement(1, "select 2"),
                        new SourceStatement(2, "select 3"));
    }

    @Test
    void skipsBlankStatements() throws IOException {
        assertThat(split(";;\n  ;\nselect 1;;\n\n")).containsExactly(new SourceStatement(3, "select 1"));
    }

    @Test
    void yieldsNothingForEmptyInput() throws IOException {
        assertThat(split("")).isEmpty();
        assertThat(split(" \n\t\n")).isEmpty();
    }

    @Test
    void keepsSemicolonsInSingleQuotedStringsWithDoubledQuotes() throws IOException {
        assertThat(split("select 'a;b', 'it''s; fine' from t; select 2"))
                .extracting(SourceStatement::sql)
                .containsExactly("select 'a;b', 'it''s; fine' from t", "select 2");
    }

    @Test
    void keepsSemicolonsInDoubleQuotedIdentifiersAndBackTicks() throws IOException {
        assertThat(split("select \"a;\"\"b\" from `x;y`; select 2"))
                .extracting(SourceStatement::sql)
                .containsExactly("select \"a;\"\"b\" from `x;y`", "select 2");
    }

    @Test
    void keepsSemicolonsInCommentsInsideAStatement() throws IOException {
        assertThat(split("select 1 -- one; two\n, 2 /* three; */ from t; select 4"))
                .extracting(SourceStatement::sql)
                .containsExactly("select 1 -- one; two\n, 2 /* three; */ from t", "select 4");
    }

    @Test
    void dropsCommentsBeforeAStatement() throws IOException {
        assertThat(split("-- header; still comment\n/* block; */ select 1; -- trailing; note\n"))
                .containsExactly(new SourceStatement(2, "select 1"));
    }

    @Test
    void doesNotTakeASingleDashOrSlashForAComment() throws IOException {
        assertThat(split("select 4-1, 4/2 from t; select 5"))
                .extracting(SourceStatement::sql)
                .containsExactly("select 4-1, 4/2 from t", "select 5");
    }

    @Test
    void keepsSemicolonsInDollarQuotedStrings() throws IOException {
        String function = "create function f() returns int as $$ begin return 1; end; $$ language plpgsql";
        assertThat(split(function + "; select 2"))
                .extracting(SourceStatement::sql)
                .containsExactly(function, "select 2");
    }

    @Test
    void closesATaggedDollarQuoteOnlyAtItsOwnTag() throws IOException {
        String body = "do $fn$ begin perform $$ a; $$; raise notice 'x;'; end $fn$";
        assertThat(split(body + ";select 2"))
                .extracting(SourceStatement::sql)
                .containsExactly(body, "select 2");
    }

    @Test
    void takesDollarsInIdentifiersAndParametersForPlainText() throws IOException {
        assertThat(split("select a$b, $1 from t$; select 2"))
                .extracting(SourceStatement::sql)
                .containsExactly("select a$b, $1 from t$", "select 2");
    }

    @Test
    void numbersTheLineOfAStatementThatStartsMidLine() throws IOException {
        assertThat(split("select 1; select\n2;\n\n  select 3;"))
                .extracting(SourceStatement::line)
                .containsExactly(1, 1, 4);
    }

    @Test
    void numbersTheLineOfAStatementAfterAMultiLineComment() throws IOException {
        assertThat(split("/* a comment\n   over three\n   lines */ select 1;\n/*\n*/\nselect 2"))
                .containsExactly(new SourceStatement(3, "select 1"), new SourceStatement(6, "select 2"));
    }

    @Test
    void countsLinesInsideQuotesAndComments() throws IOException {
        assertThat(split("select 'a\nb', \"c\nd\", $$e\nf$$ /* g\nh */ -- i\n;select 2"))
                .extracting(SourceStatement::line)
                .containsExactly(1, 6);
    }

    @Test
    void countsWindowsAndOldMacLineEndsOnce() throws IOException {
        assertThat(split("select 1;\r\nselect 2;\rselect 3;\n\r\nselect 4"))
                .extracting(SourceStatement::line)
                .containsExactly(1, 2, 3, 5);
    }

    @Test
    void keepsTheRestOfAnUnterminatedQuoteAsOneStatement() throws IOException {
        assertThat(split("select 'open; select 2"))
                .extracting(SourceStatement::sql)
                .containsExactly("select 'open; select 2");
    }

    private static List<SourceStatement> split(String script) throws IOException {
        StatementSplitter splitter = new StatementSplitter(new StringReader(script));
        List<SourceStatement> statements = new ArrayList<>();
        for (SourceStatement statement = splitter.next(); statement != null; statement = splitter.next()) {
            statements.add(statement);
        }
        return statements;
    }
}
