package dev.queryguard.junit.internal;

import dev.queryguard.QueryGuard;
import dev.queryguard.config.ConfigException;
import dev.queryguard.config.QueryGuardConfig;
import dev.queryguard.config.Setting;
import dev.queryguard.junit.DetectNPlusOne;
import dev.queryguard.junit.QueryRecords;
import dev.queryguard.junit.report.QueryGuardReportListener;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The configuration of one test run, read once into the root store: {@code queryguard.properties}, then the
 * {@code queryguard.*} keys of {@code junit-platform.properties}, then system properties.
 *
 * @param config           the merged configuration, also handed to the recorder
 * @param allThreadsByDefault whether {@code queryguard.junit.threads} asks for all threads
 */
public record ExtensionSettings(QueryGuardConfig config, boolean allThreadsByDefault) {

    /** Threads mode for the whole suite: {@code test-thread} (default) or {@code all-threads}. */
    public static final String THREADS = "queryguard.junit.threads";

    /** Every setting of the JUnit face, its query records and its run reports. */
    static final List<String> FACE_KEYS = List.of(THREADS, DetectNPlusOne.SETTING,
            CrossSchemaAllowlist.RESOURCE_SETTING, CrossSchemaAllowlist.STRICT_SETTING,
            QueryRecords.ENABLED, QueryRecords.MODE, QueryRecords.STRICT, QueryRecords.DIR,
            QueryGuardReportListener.DIR, QueryGuardReportListener.ENABLED);

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(ExtensionSettings.class);
    private static final String JUNIT_PLATFORM_PROPERTIES = "junit-platform.properties";

    /** The run's settings, read on first use and kept in the root store. */
    public static ExtensionSettings of(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(ExtensionSettings.class, key -> load(), ExtensionSettings.class);
    }

    private static ExtensionSettings load() {
        try {
            QueryGuardConfig config = QueryGuardConfig.loadClassPath(contextClassLoader())
                    .withOverrides(junitPlatformOverrides(), JUNIT_PLATFORM_PROPERTIES)
                    .withOverrides(systemOverrides(), "system properties");
            rejectUnknownFaceKeys(config);
            QueryGuard.configure(config);
            return new ExtensionSettings(config, allThreads(config));
        } catch (ConfigException e) {
            throw new ExtensionConfigurationException("QueryGuard cannot use its configuration: " + e.getMessage(), e);
        }
    }

    /** The recorder keeps face settings unread; a misspelt one would silently do nothing, so it stops the run. */
    private static void rejectUnknownFaceKeys(QueryGuardConfig config) {
        for (Setting setting : config.faceSettings()) {
            if (!FACE_KEYS.contains(setting.key())) {
                throw setting.invalid("unknown key " + setting.key() + " (known keys of the JUnit extension, its"
                        + " records and reports: " + String.join(", ", FACE_KEYS) + ")");
            }
        }
    }

    private static boolean allThreads(QueryGuardConfig config) {
        Setting threads = config.setting(THREADS).orElse(null);
        if (threads == null || threads.value().equals("test-thread")) {
            return false;
        }
        if (threads.value().equals("all-threads")) {
            return true;
        }
        throw threads.invalid(THREADS + " must be 'test-thread' or 'all-threads', was '" + threads.value() + "'");
    }

    private static ClassLoader contextClassLoader() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return loader != null ? loader : ExtensionSettings.class.getClassLoader();
    }

    private static Map<String, String> junitPlatformOverrides() {
        URL resource = contextClassLoader().getResource(JUNIT_PLATFORM_PROPERTIES);
        if (resource == null) {
            return Map.of();
        }
        Properties properties = new Properties();
        try (InputStream in = resource.openStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        return queryGuardKeys(properties);
    }

    private static Map<String, String> systemOverrides() {
        return queryGuardKeys(System.getProperties());
    }

    private static Map<String, String> queryGuardKeys(Properties properties) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith(QueryGuardConfig.PREFIX)) {
                keys.put(name, properties.getProperty(name));
            }
        }
        return keys;
    }
}
