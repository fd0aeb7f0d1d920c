package dev.queryguard.junit.internal;

import dev.queryguard.config.Setting;
import dev.queryguard.junit.QueryRecords;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What happens to query records in a run ({@value QueryRecords#MODE}): django-perf-rec's modes. */
public enum RecordMode {
    /** Create missing records, hold tests to existing ones. */
    ONCE,
    /** Hold tests to existing records; a missing one fails. */
    NONE,
    /** Create missing records and fail their tests; hold tests to existing ones. */
    ALL,
    /** Rewrite every record. */
    OVERWRITE;

    /** The mode as settings write it: {@code once}. */
    public String setting() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@link #NONE} on a CI server ({@code CI=true}, as GitLab and GitHub Actions set it), else {@link #ONCE}. */
    public static RecordMode defaultFor(String ciVariable) {
        return "true".equalsIgnoreCase(ciVariable) ? NONE : ONCE;
    }

    /** The mode {@code setting} names; a {@link dev.queryguard.config.ConfigException} for any other value. */
    static RecordMode of(Setting setting) {
        for (RecordMode mode : values()) {
            if (mode.setting().equals(setting.value())) {
                return mode;
            }
        }
        throw setting.invalid(QueryRecords.MODE + " must be one of " + Arrays.stream(values())
                .map(mode -> "'" + mode.setting() + "'").collect(Collectors.joining(", "))
                + ", was '" + setting.value() + "'");
    }
}
