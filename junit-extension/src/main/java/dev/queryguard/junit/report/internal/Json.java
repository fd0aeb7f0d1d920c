package dev.queryguard.junit.report.internal;

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
        return new JsonReader(json).document();
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
}
