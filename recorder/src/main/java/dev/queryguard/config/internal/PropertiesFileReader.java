package dev.queryguard.config.internal;

import dev.queryguard.config.ConfigException;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@code queryguard.properties} file line by line, so that every setting keeps its line number.
 *
 * <p>The format follows {@link java.util.Properties}: {@code key=value} or {@code key: value}, {@code #} and
 * {@code !} comment lines, blank lines, a trailing backslash continuing the line, and the same backslash
 * escapes (tab, new line, unicode, escaped separators). Unlike {@code Properties}, white space alone does not
 * separate a key from its value (such a line is an error, which catches a forgotten {@code =}), the file is read
 * as UTF-8, and values are trimmed at both ends.
 */
public final class PropertiesFileReader {

    private PropertiesFileReader() {
    }

    /** Returns the settings of {@code in} in file order; a malformed line is a {@link ConfigException}. */
    public static List<ConfigEntry> read(BufferedReader in, String source) throws IOException {
        List<ConfigEntry> entries = new ArrayList<>();
        int lineNumber = 0;
        String physical;
        while ((physical = in.readLine()) != null) {
            lineNumber++;
            if (lineNumber == 1 && physical.startsWith("\uFEFF")) {
                physical = physical.substring(1); // a byte-order mark would otherwise hide the first key
            }
            String line = physical.stripLeading();
            if (line.isEmpty() || line.charAt(0) == '#' || line.charAt(0) == '!') {
                continue;
            }
            int startLine = lineNumber;
            StringBuilder logical = new StringBuilder();
            while (endsWithContinuation(line)) {
                logical.append(line, 0, line.length() - 1);
                String next = in.readLine();
                if (next == null) {
                    line = "";
                    break;
                }
                lineNumber++;
                line = next.stripLeading();
            }
            logical.append(line);
            entries.add(entry(logical.toString(), source, startLine));
        }
        return entries;
    }

    private static boolean endsWithContinuation(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static ConfigEntry entry(String line, String source, int lineNumber) {
        int separator = -1;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '=' || c == ':') {
                separator = i;
                break;
            }
        }
        String key = separator < 0 ? "" : unescape(line.substring(0, separator).strip());
        if (key.isEmpty()) {
            throw new ConfigException(source, lineNumber, null,
                    "expected key=value or key: value, was '" + line.strip() + "'");
        }
        return new ConfigEntry(key, unescape(line.substring(separator + 1).strip()), source, lineNumber);
    }

    private static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                out.append(c);
                continue;
            }
            char escaped = text.charAt(++i);
            switch (escaped) {
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (i + 4 < text.length() && isHex(text, i + 1, i + 5)) {
                        out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                        i += 4;
                    } else {
                        out.append('u');
                    }
                }
                default -> out.append(escaped);
            }
        }
        return out.toString();
    }

    private static boolean isHex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
