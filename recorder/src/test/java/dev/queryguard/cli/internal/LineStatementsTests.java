package dev.queryguard.cli.internal;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LineStatementsTests {

    @Test
    void takesEachNonBlankLineAsOneStatement() throws IOException {
        assertThat(lines("select 1\n\n  select 'a;b'; \n;\nselect 2 -- why"))
                .containsExactly(new SourceStatement(1, "select 1"), new SourceStatement(3, "select 'a;b'"),
                        new SourceStatement(5, "select 2 -- why"));
    }

    private static List<SourceStatement> lines(String text) throws IOException {
        LineStatements source = new LineStatements(new BufferedReader(new StringReader(text)));
        List<SourceStatement> statements = new ArrayList<>();
        for (SourceStatement statement = source.next(); statement != null; statement = source.next()) {
            statements.add(statement);
        }
        return statements;
    }
}
