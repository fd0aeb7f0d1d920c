package dev.queryguard.junit.report.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON the report needs, both ways, without a library on the user's class path: objects are
 * {@code Map<String, Object>} in insertion order, arrays {@code List<Object>}, whole numbers {@code Long} (the
 * report holds counts only) and others {@code Double}, strings, booleans and {@code null}. Stateless and
 * thread-safe.
 */
public final class Json {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Json() {
    }

    /** Writes {@code value} as compact JSON. */
    public static String write(Object value) {
        StringBuilder json = new StringBuilder();
        append(json, value, null);
        return json.toString();
    }

    /** Writes {@code value} as JSON indented by two spaces, one member per line, for files people open. */
    public static String writeIndented(Object value) {
        StringBuilder json = new StringBuilder();
        append(json, value, "\n");
        return json.append('\n').toString();
    }

    /**
     * Reads one JSON value.
     *
     * @throws IllegalArgumentException naming the offset of the first character that is not JSON
     */
    public static Object parse(String json) {
        Reader reader = new Reader(json);
        Object value = reader.value();
        reader.skipSpace();
        if (reader.position < json.length()) {
            throw reader.error("unexpected text after the value");
        }
        return value;
    }

    /** Reads a JSON object. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parseObject(String json) {
        Object value = parse(json);
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException("expected a JSON object, found " + json.strip().charAt(0));
        }
        return (Map<String, Object>) value;
    }

    private static void append(StringBuilder json, Object value, String newline) {
        if (value == null) {
            json.append("null");
        } else if (value instanceof String text) {
            appendString(json, text);
        } else if (value instanceof Number || value instanceof Boolean) {
            json.append(value);
        } else if (value instanceof Map<?, ?> object) {
            appendObject(json, object, newline);
        } else if (value instanceof List<?> array) {
            appendArray(json, array, newline);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    private static void appendObject(StringBuilder json, Map<?, ?> object, String newline) {
        if (object.isEmpty()) {
            json.append("{}");
            return;
        }
        String inner = newline == null ? null : newline + "  ";
        json.append('{');
        String separator = "";
        for (Map.Entry<?, ?> member : object.entrySet()) {
            json.append(separator);
            if (inner != null) {
                json.append(inner);
            }
            appendString(json, (String) member.getKey());
            json.append(inner == null ? ":" : ": ");
            append(json, member.getValue(), inner);
            separator = ",";
        }
        json.append(newline == null ? "" : newline).append('}');
    }

    private static void appendArray(StringBuilder json, List<?> array, String newline) {
        if (array.isEmpty()) {
            json.append("[]");
            return;
        }
        String inner = newline == null ? null : newline + "  ";
        json.append('[');
        String separator = "";
        for (Object element : array) {
            json.append(separator);
            if (inner != null) {
                json.append(inner);
            }
            append(json, element, inner);
            separator = ",";
        }
        json.append(newline == null ? "" : newline).append(']');
    }

    private static void appendString(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    private static final class Reader {

        private final String json;
        private int position;

        Reader(String json) {
            this.json = json;
        }

        Object value() {
            skipSpace();
            if (position >= json.length()) {
                throw error("expected a value");
            }
            char c = json.charAt(position);
            return switch (c) {
                case '{' -> object();
                case '[' -> array();
                case '"' -> string();
                case 't' -> literal("true", Boolean.TRUE);
                case 'f' -> literal("false", Boolean.FALSE);
                case 'n' -> literal("null", null);
                default -> number();
            };
        }

        private Map<String, Object> object() {
            Map<String, Object> object = new LinkedHashMap<>();
            position++;
            skipSpace();
            if (peek('}')) {
                position++;
                return object;
            }
            while (true) {
                skipSpace();
                if (!peek('"')) {
                    throw error("expected a member name");
                }
                String name = string();
                skipSpace();
                expect(':');
                object.put(name, value());
                skipSpace();
                if (peek(',')) {
                    position++;
                } else {
                    expect('}');
                    return object;
                }
            }
        }

        private List<Object> array() {
            List<Object> array = new ArrayList<>();
            position++;
            skipSpace();
            if (peek(']')) {
                position++;
                return array;
            }
            while (true) {
                array.add(value());
                skipSpace();
                if (peek(',')) {
                    position++;
                } else {
                    expect(']');
                    return array;
                }
            }
        }

        private String string() {
            StringBuilder text = new StringBuilder();
            position++;
            while (position < json.length()) {
                char c = json.charAt(position++);
                if (c == '"') {
                    return text.toString();
                }
                if (c != '\\') {
                    text.append(c);
                    continue;
                }
                if (position >= json.length()) {
                    break;
                }
                char escaped = json.charAt(position++);
                switch (escaped) {
                    case '"', '\\', '/' -> text.append(escaped);
                    case 'n' -> text.append('\n');
                    case 'r' -> text.append('\r');
                    case 't' -> text.append('\t');
                    case 'b' -> text.append('\b');
                    case 'f' -> text.append('\f');
                    case 'u' -> {
                        if (position + 4 > json.length()) {
                            throw error("incomplete \\u escape");
                        }
                        text.append((char) Integer.parseInt(json.substring(position, position + 4), 16));
                        position += 4;
                    }
                    default -> throw error("unknown escape \\" + escaped);
                }
            }
            throw error("unterminated string");
        }

        private Object literal(String word, Object value) {
            if (!json.startsWith(word, position)) {
                throw error("expected " + word);
            }
            position += word.length();
            return value;
        }

        private Number number() {
            int start = position;
            if (peek('-')) {
                position++;
            }
            int digits = skipDigits();
            boolean whole = true;
            if (peek('.')) {
                position++;
                whole = false;
                digits = Math.min(digits, skipDigits());
            }
            if (peek('e') || peek('E')) {
                position++;
                whole = false;
                if (peek('+') || peek('-')) {
                    position++;
                }
                digits = Math.min(digits, skipDigits());
            }
            if (digits == 0) {
                throw error("expected a value");
            }
            String number = json.substring(start, position);
            if (whole) {
                return Long.valueOf(number);
            }
            return Double.valueOf(number);
        }

        private int skipDigits() {
            int start = position;
            while (position < json.length() && Character.isDigit(json.charAt(position))) {
                position++;
            }
            return position - start;
        }

        void skipSpace() {
            while (position < json.length() && Character.isWhitespace(json.charAt(position))) {
                position++;
            }
        }

        private boolean peek(char c) {
            return position < json.length() && json.charAt(position) == c;
        }

        private void expect(char c) {
            if (!peek(c)) {
                throw error("expected '" + c + "'");
            }
            position++;
        }

        IllegalArgumentException error(String problem) {
            return new IllegalArgumentException("Not valid JSON at offset " + position + ": " + problem);
        }
    }
}
