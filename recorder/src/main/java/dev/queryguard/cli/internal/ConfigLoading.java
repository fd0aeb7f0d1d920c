package dev.queryguard.cli.internal;

import dev.queryguard.config.QueryGuardConfig;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads the configuration file named by {@code --config}: the one place where the tool meets the loader.
 * Thread-safe.
 *
 * <p>INTERIM: {@code QueryGuardConfig.load(Path)} and {@code ConfigException} are being written in another
 * branch. Until they land this only checks that the file can be read and returns the defaults. On merge the
 * body becomes:
 * <pre>{@code
 * try {
 *     return QueryGuardConfig.load(file);
 * } catch (ConfigException e) {
 *     throw new BadConfigException(e.getMessage(), e);
 * }
 * }</pre>
 */
public final class ConfigLoading {

    private ConfigLoading() {
    }

    /** Returns the configuration in {@code file}. */
    public static QueryGuardConfig load(Path file) throws BadConfigException {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new BadConfigException("Cannot read the QueryGuard configuration file " + file, null);
        }
        return QueryGuardConfig.defaults();
    }
}
