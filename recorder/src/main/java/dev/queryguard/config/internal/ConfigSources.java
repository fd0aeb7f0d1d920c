package dev.queryguard.config.internal;

import dev.queryguard.config.ConfigException;
import dev.queryguard.config.QueryGuardConfig;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** Where configuration comes from: the class path, a file, the system properties. */
public final class ConfigSources {

    /** The file {@link QueryGuardConfig#load()} looks for at the root of the class path. */
    public static final String FILE_NAME = "queryguard.properties";

    /**
     * A file's settings and the name messages use for it.
     *
     * @param name    the file's path, or its URL when it is not a plain file (inside a jar)
     * @param entries the settings in file order
     */
    public record Source(String name, List<ConfigEntry> entries) {
        public Source {
            entries = List.copyOf(entries);
        }
    }

    private ConfigSources() {
    }

    /** Reads the first {@code queryguard.properties} on the class path of {@code loader}, or returns null. */
    public static Source classPathFile(ClassLoader loader) {
        URL url = loader.getResource(FILE_NAME);
        if (url == null) {
            return null;
        }
        String name = nameOf(url);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
            return new Source(name, PropertiesFileReader.read(in, name));
        } catch (IOException | UncheckedIOException e) {
            throw new ConfigException(name, 0, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads one file; a missing or unreadable file is a {@link ConfigException} naming it. */
    public static List<ConfigEntry> file(Path file) {
        String name = file.toString();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return PropertiesFileReader.read(in, name);
        } catch (NoSuchFileException e) {
            throw new ConfigException(name, 0, null, "no such file", e);
        } catch (IOException | UncheckedIOException e) {
            throw new ConfigException(name, 0, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** The system properties starting with {@code queryguard.}, sorted by name so that order is stable. */
    public static Map<String, String> systemProperties() {
        Properties properties = System.getProperties();
        Map<String, String> values = new TreeMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith(QueryGuardConfig.PREFIX)) {
                String value = properties.getProperty(name);
                if (value != null) {
                    values.put(name, value);
                }
            }
        }
        return values;
    }

    private static String nameOf(URL url) {
        if ("file".equals(url.getProtocol())) {
            try {
                return Path.of(url.toURI()).toString();
            } catch (URISyntaxException | IllegalArgumentException e) {
                return url.toString();
            }
        }
        return url.toString();
    }
}
