package dev.queryguard.junit.report.internal;

import dev.queryguard.config.QueryGuardConfig;
import dev.queryguard.config.Setting;
import dev.queryguard.junit.report.QueryGuardReportListener;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Whether and where the run report is written.
 *
 * @param enabled whether to write it ({@link QueryGuardReportListener#ENABLED})
 * @param dir     the report directory, absolute ({@link QueryGuardReportListener#DIR})
 */
public record ReportSettings(boolean enabled, Path dir) {

    public ReportSettings {
        Objects.requireNonNull(dir, "dir must not be null");
        if (!dir.isAbsolute()) {
            throw new IllegalArgumentException("dir must be absolute: " + dir);
        }
    }

    /**
     * Reads {@code queryguard.properties} and system properties, then the report keys of the launcher's
     * configuration parameters ({@code junit-platform.properties}, {@code -D}, the launcher request), the
     * layering the extension uses; a relative directory is resolved against {@code workingDir}.
     *
     * @throws dev.queryguard.config.ConfigException naming the file, line and key of a bad setting
     */
    public static ReportSettings read(QueryGuardConfig config, Function<String, String> launcherParameters,
                                      Path workingDir) {
        Map<String, String> overrides = new LinkedHashMap<>();
        for (String key : new String[] {QueryGuardReportListener.ENABLED, QueryGuardReportListener.DIR}) {
            String value = launcherParameters.apply(key);
            if (value != null) {
                overrides.put(key, value);
            }
        }
        QueryGuardConfig layered = config.withOverrides(overrides, "JUnit configuration parameters");
        return new ReportSettings(enabled(layered), dir(layered, workingDir));
    }

    private static boolean enabled(QueryGuardConfig config) {
        Setting enabled = config.setting(QueryGuardReportListener.ENABLED).orElse(null);
        if (enabled == null || enabled.value().equalsIgnoreCase("true")) {
            return true;
        }
        if (enabled.value().equalsIgnoreCase("false")) {
            return false;
        }
        throw enabled.invalid(QueryGuardReportListener.ENABLED + " must be 'true' or 'false', was '"
                + enabled.value() + "'");
    }

    private static Path dir(QueryGuardConfig config, Path workingDir) {
        Setting dir = config.setting(QueryGuardReportListener.DIR).orElse(null);
        if (dir == null) {
            return workingDir.resolve(QueryGuardReportListener.DEFAULT_DIR).toAbsolutePath().normalize();
        }
        if (dir.value().isBlank()) {
            throw dir.invalid(QueryGuardReportListener.DIR + " must name a directory, was blank");
        }
        try {
            return workingDir.resolve(dir.value()).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw dir.invalid(QueryGuardReportListener.DIR + " is not a path: " + e.getMessage());
        }
    }
}
