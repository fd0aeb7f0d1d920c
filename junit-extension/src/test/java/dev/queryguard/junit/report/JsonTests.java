package dev.queryguard.junit.report;

import dev.queryguard.junit.report.internal.Json;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonTests {

    @Test
    void readsBackWhatItWrites() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("sql", "select \"a\\b\" from t where x = '\t'\n<script>\u0001é");
        value.put("count", -12L);
        value.put("ok", true);
        value.put("nothing", null);
        value.put("list", Arrays.asList(1L, "two", List.of(), Map.of()));

        assertThat(Json.parse(Json.write(value))).isEqualTo(value);
        assertThat(Json.parse(Json.writeIndented(value))).isEqualTo(value);
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertThat(Json.write(List.of("a\"b\\c\nd\u0001"))).isEqualTo("[\"a\\\"b\\\\c\\nd\\u0001\"]");
    }

    @Test
    void indentsOneMemberPerLine() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("a", 1L);
        value.put("b", List.of("x"));

        assertThat(Json.writeIndented(value)).isEqualTo("""
                {
                  "a": 1,
                  "b": [
                    "x"
                  ]
                }
                """);
    }

    @Test
    void readsWholeNumbersAsLongsAndOthersAsDoubles() {
        assertThat(Json.parse("[3, -7, 1.5, 2e3, -0.25E-1]")).isEqualTo(List.of(3L, -7L, 1.5, 2000.0, -0.025));
    }

    @Test
    void readsUnicodeEscapes() {
        assertThat(Json.parse("\"\\u00e9\\/\"")).isEqualTo("é/");
    }

    @Test
    void namesTheOffsetOfTextThatIsNotJson() {
        assertThatThrownBy(() -> Json.parse("{\"a\": [1, 2}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not valid JSON at offset 11: expected ']'");
        assertThatThrownBy(() -> Json.parse("{} x")).hasMessage("Not valid JSON at offset 3: unexpected text after"
                + " the value");
        assertThatThrownBy(() -> Json.parse("\"open")).hasMessage("Not valid JSON at offset 5: unterminated string");
    }
}
