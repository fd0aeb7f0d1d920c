package dev.queryguard.junit.internal;

import dev.queryguard.config.ConfigException;
import dev.queryguard.config.QueryGuardConfig;
import dev.queryguard.config.Setting;
import dev.queryguard.junit.QueryRecords;
import dev.queryguard.records.RecordFormat;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * The query-record settings of a run, read once into the root store.
 *
 * @param enabled    whether every QueryGuard test keeps a record ({@value QueryRecords#ENABLED})
 * @param mode       what happens to records ({@value QueryRecords#MODE})
 * @param modeFromCi whether the mode is {@code none} because {@code CI=true} and nothing set it
 * @param strict     whether fewer statements fail too ({@value QueryRecords#STRICT})
 * @param directory  the records' folder, relative to the module's base directory unless absolute
 */
public record RecordSettings(boolean enabled, RecordMode mode, boolean modeFromCi, boolean strict, Path directory) {

    /** The records' folder when {@value QueryRecords#DIR} is not set. */
    public static final String DEFAULT_DIRECTORY = "src/test/resources/queryguard";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RecordSettings.class);

    public RecordSettings {
        Objects.requireNonNull(mode, "mode must not be null");
        Objects.requireNonNull(directory, "directory must not be null");
    }

    /** The run's settings, read on first use. */
    public static RecordSettings of(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(RecordSettings.class,
                key -> read(ExtensionSettings.of(context).config(), System.getenv("CI")), RecordSettings.class);
    }

    /** Reads the settings from {@code config}, with {@code ci} the value of the environment variable {@code CI}. */
    static RecordSettings read(QueryGuardConfig config, String ci) {
        try {
            Setting mode = config.setting(QueryRecords.MODE).orElse(null);
            RecordMode defaultMode = RecordMode.defaultFor(ci);
            return new RecordSettings(
                    bool(config, QueryRecords.ENABLED),
                    mode == null ? defaultMode : RecordMode.of(mode),
                    mode == null && defaultMode == RecordMode.NONE,
                    bool(config, QueryRecords.STRICT),
                    directory(config));
        } catch (ConfigException e) {
            throw new ExtensionConfigurationException("QueryGuard cannot use its configuration: " + e.getMessage(), e);
        }
    }

    /** The file holding the records of {@code testClass}'s tests: {@code <folder>/<class name>.queryguard.txt}. */
    public Path fileOf(Class<?> testClass) {
        return ModuleDirectory.of(testClass).resolve(directory).normalize()
                .resolve(className(testClass) + RecordFormat.FILE_SUFFIX);
    }

    /** {@code dev.example.PackagesApiTests.Listing}: the name a class's record file and header use. */
    public static String className(Class<?> testClass) {
        return testClass.getCanonicalName() != null ? testClass.getCanonicalName() : testClass.getName();
    }

    /** {@code file} as messages name it: relative to the module's base directory when inside it. */
    public static String nameOf(Path file, Class<?> testClass) {
        Path module = ModuleDirectory.of(testClass);
        return file.startsWith(module) ? module.relativize(file).toString() : file.toString();
    }

    /** {@code queryguard.records.mode=none (the default when CI=true)}, as messages explain the mode. */
    public String describeMode() {
        return QueryRecords.MODE + "=" + mode.setting() + (modeFromCi ? " (the default when CI=true)" : "");
    }

    private static boolean bool(QueryGuardConfig config, String key) {
        Setting setting = config.setting(key).orElse(null);
        if (setting == null) {
            return false;
        }
        return switch (setting.value().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw setting.invalid(key + " must be 'true' or 'false', was '" + setting.value() + "'");
        };
    }

    private static Path directory(QueryGuardConfig config) {
        Setting setting = config.setting(QueryRecords.DIR).orElse(null);
        if (setting == null) {
            return Path.of(DEFAULT_DIRECTORY);
        }
        if (setting.value().isBlank()) {
            throw setting.invalid(QueryRecords.DIR + " must name a folder, was blank");
        }
        try {
            return Path.of(setting.value());
        } catch (InvalidPathException e) {
            throw setting.invalid(QueryRecords.DIR + " must name a folder, was '" + setting.value() + "': "
                    + e.getReason());
        }
    }
}
