package dev.queryguard.junit.report.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads one JSON text for {@link Json}: a recursive descent over the characters, failing at the first error. */
final class JsonReader {

    private final String json;
    private int position;

    JsonReader(String json) {
        this.json = json;
    }

    /** The one value {@code json} holds, with nothing but white space after it. */
    Object document() {
        Object value = value();
        skipSpace();
        if (position < json.length()) {
            throw error("unexpected text after the value");
        }
        return value;
    }

    private Object value() {
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

    private void skipSpace() {
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

    private IllegalArgumentException error(String problem) {
        return new IllegalArgumentException("Not valid JSON at offset " + position + ": " + problem);
    }
}
