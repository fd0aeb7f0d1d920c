package dev.queryguard.config.internal;

import java.util.Objects;

/**
 * One {@code key=value} setting and where it was written, so that errors can name the file and line.
 *
 * @param key    the key, as written
 * @param value  the value, trimmed and unescaped
 * @param source the file or source the setting came from
 * @param line   the 1-based line the setting starts on, or 0 when the source has no lines
 */
public record ConfigEntry(String key, String value, String source, int line) {

    public ConfigEntry {
        Objects.requireNonNull(key, "key must not be null");
        Objects.requireNonNull(value, "value must not be null");
        Objects.requireNonNull(source, "source must not be null");
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative: " + line);
        }
    }
}
