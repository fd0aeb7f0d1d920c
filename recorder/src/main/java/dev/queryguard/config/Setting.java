package dev.queryguard.config;

import java.util.Objects;

/**
 * One setting of a QueryGuard face (for example {@code queryguard.junit.threads}) and where it was written.
 *
 * @param key    the key
 * @param value  the value, trimmed
 * @param source the file or source it came from
 * @param line   the 1-based line, or 0 when the source has no lines
 */
public record Setting(String key, String value, String source, int line) {

    public Setting {
        Objects.requireNonNull(key, "key must not be null");
        Objects.requireNonNull(value, "value must not be null");
        Objects.requireNonNull(source, "source must not be null");
    }

    /** The exception for a bad value of this setting, naming its file, line and key. */
    public ConfigException invalid(String problem) {
        return new ConfigException(source, line, key, problem);
    }
}
