package dev.queryguard.cli.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsonTests {

    @Test
    void writesNullAsNull() {
        assertThat(string(null)).isEqualTo("null");
    }

    @Test
    void writesTheStringNullQuoted() {
        assertThat(string("null")).isEqualTo("\"null\"");
    }

    @Test
    void escapesQuotesAndBackslashes() {
        assertThat(string("say \"hi\" \\ bye")).isEqualTo("\"say \\\"hi\\\" \\\\ bye\"");
    }

    @Test
    void escapesLineBreaksAndTabsShortly() {
        assertThat(string("a\nb\r\nc\td")).isEqualTo("\"a\\nb\\r\\nc\\td\"");
    }

    @Test
    void escapesOtherControlCharactersAsUnicode() {
        assertThat(string("\u0000\u0001\b\f\u001f")).isEqualTo("\"\\u0000\\u0001\\u0008\\u000c\\u001f\"");
    }

    @Test
    void keepsNonAsciiAndTheSlashAsTheyAre() {
        assertThat(string("café ü ✓ 😀 a/b \u007f")).isEqualTo("\"café ü ✓ 😀 a/b \u007f\"");
    }

    private static String string(String value) {
        return Json.appendString(new StringBuilder(), value).toString();
    }
}
