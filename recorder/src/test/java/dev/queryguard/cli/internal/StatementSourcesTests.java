package dev.queryguard.cli.internal;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;

class StatementSourcesTests {

    private static final String LOG = """
            1700000000000|3|statement|connection 7|url jdbc:h2:mem:x|select * from a where id=?|select * from a where id=1
            1700000000001|0|commit|connection 7|url jdbc:h2:mem:x||
            """;

    @Test
    void readsAScriptAsStatementsSplitAtSemicolons() throws IOException {
        StatementSource source = StatementSources.of(reader("select 1;\nselect 2;"), false);

        assertThat(source).isInstanceOf(StatementSplitter.class);
        assertThat(source.next()).isEqualTo(new SourceStatement(1, "select 1"));
    }

    @Test
    void readsOneStatementPerLineWhenAsked() throws IOException {
        StatementSource source = StatementSources.of(reader("select 1\nselect 2"), true);

        assertThat(source).isInstanceOf(LineStatements.class);
        assertThat(source.next()).isEqualTo(new SourceStatement(1, "select 1"));
    }

    @Test
    void recognizesAP6spyLogFromTheStartAgain() throws IOException {
        StatementSource source = StatementSources.of(reader(LOG), false);

        assertThat(source).isInstanceOf(P6spyLog.class);
        assertThat(source.next()).isEqualTo(new SourceStatement(1, "select * from a where id=?"));
        assertThat(source.next()).isNull();
    }

    @Test
    void recognizesAP6spyLogAlsoWhenAskedForLines() throws IOException {
        assertThat(StatementSources.of(reader(LOG), true)).isInstanceOf(P6spyLog.class);
    }

    @Test
    void recognizesAP6spyLogWhoseFirstLineIsLongerThanWhatIsLookedAt() throws IOException {
        String values = "?,".repeat(StatementSources.SNIFF_CHARS);
        String line = "1700000000000|3|statement|connection 7|url jdbc:h2:mem:x|select * from a where id in ("
                + values + "?)|select * from a where id in (" + values.replace('?', '1') + "1)\n";

        StatementSource source = StatementSources.of(reader(line), false);

        assertThat(source).isInstanceOf(P6spyLog.class);
        assertThat(source.next().sql()).startsWith("select * from a where id in (?,?,").endsWith("?,?)");
    }

    @Test
    void readsAScriptWithAFewP6spyLookingLinesAsAScript() throws IOException {
        String script = "select 1;\nselect 2;\nselect 3;\n" + LOG;

        assertThat(StatementSources.of(reader(script), false)).isInstanceOf(StatementSplitter.class);
    }

    private static BufferedReader reader(String text) {
        return new BufferedReader(new StringReader(text));
    }
}
