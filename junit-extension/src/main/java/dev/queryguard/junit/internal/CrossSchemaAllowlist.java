package dev.queryguard.junit.internal;

import dev.queryguard.config.ConfigException;
import dev.queryguard.config.QueryGuardConfig;
import dev.queryguard.config.Setting;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The ratchet file of tests allowed to join schema groups that may not be mixed, for legacy code: one test class
 * ({@code com.example.PackagesTests}) or test method ({@code com.example.PackagesTests#listsPackages}) per line,
 * {@code #} comments at the start of a line or after white space. Read once per run into the root store.
 *
 * @param resource the class-path resource it was read from
 * @param entries  the entries, in file order
 * @param strict   whether an entry no test needs fails its class instead of only being reported
 */
record CrossSchemaAllowlist(String resource, List<Entry> entries, boolean strict) {

    /** The class-path resource read by default; a missing one is an empty allowlist. */
    static final String DEFAULT_RESOURCE = "queryguard/cross-schema-allowlist.txt";
    /** Names another class-path resource; it must exist. */
    static final String RESOURCE_SETTING = "queryguard.junit.crossSchema.allowlist";
    /** {@code true} fails the class of an entry no test needed; default {@code false} only reports it. */
    static final String STRICT_SETTING = "queryguard.junit.crossSchema.strictAllowlist";

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(CrossSchemaAllowlist.class);
    private static final String NAME = "\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*";
    private static final Pattern ENTRY = Pattern.compile(NAME + "(?:[.$]" + NAME + ")*(?:#" + NAME + ")?");
    private static final Pattern COMMENT = Pattern.compile("(?:^|\\s)#.*$");

    CrossSchemaAllowlist {
        entries = List.copyOf(entries);
    }

    /**
     * One line of the file.
     *
     * @param className  the test class as written (binary {@code Outer$Inner} or canonical {@code Outer.Inner} name)
     * @param methodName the test method, or {@code null} for a whole class
     * @param line       the 1-based line
     */
    record Entry(String className, String methodName, int line) {

        boolean matches(Class<?> testClass, String testMethod) {
            return (className.equals(testClass.getName()) || className.equals(testClass.getCanonicalName()))
                    && (methodName == null || methodName.equals(testMethod));
        }

        @Override
        public String toString() {
            return methodName == null ? className : className + "#" + methodName;
        }
    }

    /** The run's allowlist, read on first use; every later use rethrows a problem with it. */
    static CrossSchemaAllowlist of(ExtensionContext context) {
        Loaded loaded = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Loaded.class,
                key -> Loaded.of(ExtensionSettings.of(context).config()), Loaded.class);
        if (loaded.problem() != null) {
            throw new ExtensionConfigurationException(loaded.problem().getMessage(), loaded.problem());
        }
        return loaded.allowlist();
    }

    /** The entries covering a test, the most specific (its method's) first. */
    List<Entry> matching(Class<?> testClass, String testMethod) {
        List<Entry> matching = new ArrayList<>(2);
        for (Entry entry : entries) {
            if (entry.methodName() != null && entry.matches(testClass, testMethod)) {
                matching.add(entry);
            }
        }
        for (Entry entry : entries) {
            if (entry.methodName() == null && entry.matches(testClass, testMethod)) {
                matching.add(entry);
            }
        }
        return matching;
    }

    /** Where an entry is written: {@code queryguard/cross-schema-allowlist.txt:3}. */
    String locationOf(Entry entry) {
        return resource + ":" + entry.line();
    }

    /** Parses the lines of {@code resource}. */
    static CrossSchemaAllowlist parse(String resource, List<String> lines, boolean strict) {
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> firstLines = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            int line = i + 1;
            String text = COMMENT.matcher(lines.get(i)).replaceFirst("").strip();
            if (text.isEmpty()) {
                continue;
            }
            if (!ENTRY.matcher(text).matches()) {
                throw new ConfigException(resource, line, null, "'" + text + "' is neither a test class"
                        + " (com.example.PackagesTests) nor a test method (com.example.PackagesTests#listsPackages)");
            }
            Integer first = firstLines.putIfAbsent(text, line);
            if (first != null) {
                throw new ConfigException(resource, line, null, text + " is listed twice (first at line " + first
                        + ")");
            }
            int hash = text.indexOf('#');
            entries.add(hash < 0 ? new Entry(text, null, line)
                    : new Entry(text.substring(0, hash), text.substring(hash + 1), line));
        }
        return new CrossSchemaAllowlist(resource, entries, strict);
    }

    /** The allowlist or the problem that keeps it from being used, kept for every test of the run. */
    private record Loaded(CrossSchemaAllowlist allowlist, RuntimeException problem) {

        static Loaded of(QueryGuardConfig config) {
            try {
                return new Loaded(load(config), null);
            } catch (ConfigException e) {
                return new Loaded(null, new ExtensionConfigurationException(
                        "QueryGuard cannot use its cross-schema allowlist: " + e.getMessage(), e));
            }
        }

        private static CrossSchemaAllowlist load(QueryGuardConfig config) {
            boolean strict = strict(config.setting(STRICT_SETTING));
            Optional<Setting> configured = config.setting(RESOURCE_SETTING);
            String resource = configured.map(Setting::value).orElse(DEFAULT_RESOURCE);
            URL url = contextClassLoader().getResource(resource);
            if (url == null) {
                if (configured.isPresent()) {
                    throw configured.get().invalid(RESOURCE_SETTING + " names no class-path resource: '"
                            + resource + "'");
                }
                return new CrossSchemaAllowlist(resource, List.of(), strict);
            }
            List<String> lines;
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
                lines = reader.lines().toList();
            } catch (IOException e) {
                throw new ConfigException(resource, 0, null, "cannot be read: " + e, e);
            }
            return parse(resource, lines, strict);
        }

        private static boolean strict(Optional<Setting> setting) {
            if (setting.isEmpty()) {
                return false;
            }
            String value = setting.get().value();
            if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
                return Boolean.parseBoolean(value);
            }
            throw setting.get().invalid(STRICT_SETTING + " must be 'true' or 'false', was '" + value + "'");
        }

        private static ClassLoader contextClassLoader() {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            return loader != null ? loader : CrossSchemaAllowlist.class.getClassLoader();
        }
    }
}
