package dev.queryguard.analysis.internal;

import dev.queryguard.analysis.internal.SqlToken.Type;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class SqlLexerTests {

    @Test
    void tellsTokenTypesApart() {
        List<SqlToken> tokens = SqlLexer.tokenize("SELECT \"Id\", x.y FROM t WHERE a >= ? AND b::text <> $1 || 'v'");

        assertThat(describe(tokens)).isEqualTo(
                "WORD:select QUOTED:id PUNCT:, WORD:x PUNCT:. WORD:y WORD:from WORD:t WORD:where WORD:a OPERATOR:>= "
                        + "PARAM:? WORD:and WORD:b OPERATOR::: WORD:text OPERATOR:<> PARAM:? OPERATOR:|| LITERAL:?");
    }

    @Test
    void remembersWhereTheTextHadSpace() {
        List<SqlToken> tokens = SqlLexer.tokenize("a=b /* c */c\n(d)");

        assertThat(tokens).extracting(SqlToken::spaceBefore)
                .containsExactly(false, false, false, true, true, false, false);
    }

    @Test
    void readsEveryKindOfLiteralAsOne() {
        List<SqlToken> tokens = SqlLexer.tokenize(
                "'a''b' E'c\\'d' N'e' X'0F' U&'f' $$g'h$$ $q$i$$j$q$ 1 1.5 .5 1e-3 0xFF");

        assertThat(tokens).hasSize(12).allMatch(token -> token.type() == Type.LITERAL && token.text().equals("?"));
    }

    @Test
    void foldsAUnarySignIntoItsNumberButNotABinaryOne() {
        assertThat(describe(SqlLexer.tokenize("x = -1, (+2), a -3, f() - 4, select -5")))
                .isEqualTo("WORD:x OPERATOR:= LITERAL:? PUNCT:, PUNCT:( LITERAL:? PUNCT:) PUNCT:, WORD:a OPERATOR:- "
                        + "LITERAL:? PUNCT:, WORD:f PUNCT:( PUNCT:) OPERATOR:- LITERAL:? PUNCT:, WORD:select LITERAL:?");
    }

    @Test
    void readsBracketsAsQuotesOnlyWhereANameCanStand() {
        assertThat(describe(SqlLexer.tokenize("SELECT [Name] FROM [dbo].[T] WHERE arr[1] = ARRAY[2]")))
                .isEqualTo("WORD:select QUOTED:name WORD:from QUOTED:dbo PUNCT:. QUOTED:t WORD:where WORD:arr "
                        + "PUNCT:[ LITERAL:? PUNCT:] OPERATOR:= WORD:array PUNCT:[ LITERAL:? PUNCT:]");
    }

    @Test
    void unescapesDoubledQuotesInQuotedNames() {
        assertThat(describe(SqlLexer.tokenize("\"a\"\"b\" `c``d`"))).isEqualTo("QUOTED:a\"b QUOTED:c`d");
    }

    @Test
    void toleratesUnterminatedStringsCommentsAndQuotes() {
        assertThat(describe(SqlLexer.tokenize("a 'open"))).isEqualTo("WORD:a LITERAL:?");
        assertThat(describe(SqlLexer.tokenize("a /* open"))).isEqualTo("WORD:a");
        assertThat(describe(SqlLexer.tokenize("a \"open"))).isEqualTo("WORD:a QUOTED:open");
        assertThat(describe(SqlLexer.tokenize("a $tag$ open"))).isEqualTo("WORD:a OPERATOR:$ WORD:tag$ WORD:open");
    }

    @Test
    void keepsTheJdbcEscapeForTheQuestionMarkOperator() {
        assertThat(describe(SqlLexer.tokenize("data ?? 'k'"))).isEqualTo("WORD:data OPERATOR:?? LITERAL:?");
    }

    private static String describe(List<SqlToken> tokens) {
        return tokens.stream().map(token -> token.type() + ":" + token.text()).collect(Collectors.joining(" "));
    }
}
