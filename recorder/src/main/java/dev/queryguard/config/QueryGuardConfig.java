package dev.queryguard.config;

import dev.queryguard.config.internal.ConfigEntry;
import dev.queryguard.config.internal.ConfigSources;
import dev.queryguard.config.internal.Settings;
import dev.queryguard.config.internal.SettingsParser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * QueryGuard's settings, read from {@code queryguard.properties} and overridden by system properties. Immutable
 * and thread-safe.
 *
 * <p>A {@code queryguard.properties} for GitLab's decomposed database:
 * <pre>{@code
 * queryguard.version=1
 * queryguard.schema.default=public
 * queryguard.group.main=main.*, packages_*
 * queryguard.group.ci=ci.*, ci_*
 * queryguard.group.gitlab_shared=shared.*
 * queryguard.groups.joinAny=gitlab_shared
 * queryguard.groups.unmapped=fail
 * }</pre>
 *
 * <p>Every key starting with {@code queryguard.} must be one of the constants below (or
 * {@code queryguard.group.<name>}): an unknown one is an error, which catches typos, and so is a key set twice in
 * one file. Other keys are ignored. Numbers may use {@code _} between digits ({@code 100_000}); booleans are
 * {@code true} or {@code false} in any case.
 */
public final class QueryGuardConfig {

    /** The prefix of every QueryGuard key. */
    public static final String PREFIX = "queryguard.";
    /** The file's format version: {@code 1}, the only one so far; optional. */
    public static final String VERSION = "queryguard.version";
    /** Whether each statement remembers its call site (first frame outside excluded packages); default true. */
    public static final String CALL_SITES = "queryguard.callSites";
    /** Whether each statement keeps its full stack (costly: off by default). */
    public static final String STACKS = "queryguard.stacks";
    /** Extra package or class-name prefixes skipped when looking for a call site, comma separated. */
    public static final String CALL_SITE_EXCLUDES = "queryguard.callSites.exclude";
    /** Entries a recording keeps in detail before it only counts; default 100 000, must be positive. */
    public static final String MAX_ENTRIES = "queryguard.maxEntries";
    /** Whether p6spy's own logging (spy.log) runs beside the recorder; default false. */
    public static final String P6SPY_LOGGING = "queryguard.p6spy.logging";
    /** Distinct SQL texts whose analysis is cached; default 10 000, must be positive. */
    public static final String ANALYSIS_CACHE_SIZE = "queryguard.analysis.cacheSize";
    /** Longest SQL text, in characters, handed to the parser (longer ones are only scanned); default 100 000. */
    public static final String MAX_SQL_LENGTH = "queryguard.analysis.maxSqlLength";
    /** Milliseconds one parse may take before it is abandoned and the SQL only scanned; default 5 000. */
    public static final String PARSE_TIMEOUT_MILLIS = "queryguard.analysis.parseTimeoutMillis";
    /** Schema given to table names the SQL does not qualify (for example {@code public}); none by default. */
    public static final String DEFAULT_SCHEMA = "queryguard.schema.default";
    /** Prefix of a group declaration: {@code queryguard.group.ci=ci.*, ci_*} (see {@link SchemaGroups}). */
    public static final String GROUP_PREFIX = "queryguard.group.";
    /** Groups that may be mixed with any other group, comma separated (GitLab's {@code gitlab_shared}). */
    public static final String JOIN_ANY_GROUPS = "queryguard.groups.joinAny";
    /** What tables in no group mean: {@code fail} (default: unprovable joins are cross-schema) or {@code ignore}. */
    public static final String UNMAPPED_TABLES = "queryguard.groups.unmapped";
    /**
     * Hosts whose calls are not external calls, comma separated: {@code host} or {@code host:port}, compared as
     * written in the URL or socket address (no DNS lookup); none by default.
     */
    public static final String EXTERNAL_CALLS_IGNORE = "queryguard.externalCalls.ignore";

    private static final List<String> DEFAULT_CALL_SITE_EXCLUDES = List.of(
            "java.", "javax.", "jdk.", "sun.", "com.sun.", "jakarta.",
            "com.p6spy.", "dev.queryguard.", "org.hibernate.", "net.bytebuddy.",
            "org.h2.", "org.postgresql.", "com.mysql.", "org.mariadb.", "oracle.jdbc.", "com.microsoft.sqlserver.",
            "com.zaxxer.hikari.", "org.apache.commons.dbcp", "org.apache.tomcat.jdbc.", "com.mchange.v2.c3p0.",
            "org.springframework.jdbc.", "org.springframework.orm.", "org.springframework.transaction.",
            "org.springframework.aop.", "org.springframework.cglib.", "org.springframework.data.",
            "org.junit.", "org.apache.maven.surefire.");

    private static final QueryGuardConfig DEFAULTS = new QueryGuardConfig(Map.of(), "defaults");

    /** Key prefixes of the faces' own settings. */
    public static final List<String> FACE_PREFIXES = List.of("queryguard.junit.", "queryguard.records.",
            "queryguard.report.");

    private final Map<String, ConfigEntry> entries;
    private final String source;
    private final Settings settings;
    private final List<String> callSiteExcludes;
    private final SchemaGroups schemaGroups;

    private QueryGuardConfig(Map<String, ConfigEntry> entries, String source) {
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        this.source = source;
        this.settings = SettingsParser.parse(entries.values());
        Set<String> excludes = new LinkedHashSet<>(DEFAULT_CALL_SITE_EXCLUDES);
        excludes.addAll(settings.extraCallSiteExcludes());
        this.callSiteExcludes = List.copyOf(excludes);
        this.schemaGroups = settings.groups().isEmpty() && settings.defaultSchema() == null
                ? SchemaGroups.none()
                : new SchemaGroups(settings.patterns(), settings.groups(), settings.joinAny(),
                        settings.unmappedPolicy(), settings.defaultSchema());
    }

    /** The built-in defaults, without reading any file or system property. */
    public static QueryGuardConfig defaults() {
        return DEFAULTS;
    }

    /**
     * Reads {@code queryguard.properties} from the thread context class loader's class path (the first one found;
     * defaults when there is none), then applies the system properties whose names start with
     * {@code queryguard.}.
     *
     * @throws ConfigException when the file or a system property holds a bad setting
     */
    public static QueryGuardConfig load() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return load(loader != null ? loader : QueryGuardConfig.class.getClassLoader(),
                ConfigSources.systemProperties());
    }

    /** {@link #load()} with an explicit class loader and system properties, for tests. */
    static QueryGuardConfig load(ClassLoader loader, Map<String, String> systemProperties) {
        QueryGuardConfig base = loadClassPath(loader);
        return systemProperties.isEmpty() ? base : base.withOverrides(systemProperties, "system properties");
    }

    /**
     * Reads {@code queryguard.properties} from {@code loader}'s class path without any override, for faces
     * that layer sources of their own (the JUnit extension adds {@code junit-platform.properties}).
     *
     * @throws ConfigException when the file holds a bad setting
     */
    public static QueryGuardConfig loadClassPath(ClassLoader loader) {
        ConfigSources.Source file = ConfigSources.classPathFile(loader);
        return file == null ? DEFAULTS : fromEntries(file.entries(), file.name());
    }

    /**
     * Reads one {@code queryguard.properties} file, without system properties (the CLI's way).
     *
     * @throws ConfigException when the file is missing, unreadable or holds a bad setting
     */
    public static QueryGuardConfig load(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        return fromEntries(ConfigSources.file(file), file.toString());
    }

    /**
     * Builds a configuration from key/value pairs over the defaults; keys not starting with {@code queryguard.}
     * are ignored. Iteration order is declaration order (it breaks ties between group patterns): pass a
     * {@link LinkedHashMap} when it matters.
     *
     * @param sourceName where the values come from, for messages
     * @throws ConfigException naming {@code sourceName} and the key when a value is bad
     */
    public static QueryGuardConfig fromProperties(Map<String, String> values, String sourceName) {
        return DEFAULTS.withOverrides(values, sourceName);
    }

    /**
     * Returns this configuration with {@code values} layered on top: a key set here replaces the same key below
     * (keeping its declaration position), new group declarations come after the existing ones.
     *
     * @param sourceName where the values come from, for messages and {@link #source()}
     * @throws ConfigException naming {@code sourceName} and the key when a value is bad
     */
    public QueryGuardConfig withOverrides(Map<String, String> values, String sourceName) {
        Objects.requireNonNull(sourceName, "sourceName must not be null");
        List<ConfigEntry> overrides = new ArrayList<>();
        values.forEach((key, value) -> overrides.add(new ConfigEntry(key, value.strip(), sourceName, 0)));
        Map<String, ConfigEntry> merged = new LinkedHashMap<>(entries);
        Map<String, ConfigEntry> indexed = SettingsParser.index(overrides);
        if (indexed.isEmpty()) {
            return this;
        }
        merged.putAll(indexed);
        return new QueryGuardConfig(merged, this == DEFAULTS ? sourceName : source + " + " + sourceName);
    }

    private static QueryGuardConfig fromEntries(List<ConfigEntry> fileEntries, String sourceName) {
        return new QueryGuardConfig(SettingsParser.index(fileEntries), sourceName);
    }

    /**
     * Whether {@code key} belongs to one of QueryGuard's faces (the JUnit extension, query records, reports):
     * the recorder keeps such settings for them without reading them, and each face validates its own.
     */
    public static boolean isFaceKey(String key) {
        for (String prefix : FACE_PREFIXES) {
            if (key.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Every face setting ({@link #isFaceKey}) that is set, in declaration order, for faces to check for typos. */
    public List<Setting> faceSettings() {
        return entries.values().stream()
                .filter(entry -> isFaceKey(entry.key()))
                .map(entry -> new Setting(entry.key(), entry.value(), entry.source(), entry.line()))
                .toList();
    }

    /** A face's setting ({@link #isFaceKey}) with where it was written, or empty when it is not set. */
    public Optional<Setting> setting(String key) {
        if (!isFaceKey(key)) {
            throw new IllegalArgumentException(key + " is not a face setting; use the typed getters");
        }
        ConfigEntry entry = entries.get(key);
        return entry == null ? Optional.empty()
                : Optional.of(new Setting(entry.key(), entry.value(), entry.source(), entry.line()));
    }

    /** Where the settings were read from, layers joined by {@code " + "}; {@code "defaults"} when nowhere. */
    public String source() {
        return source;
    }

    /** See {@link #CALL_SITES}. */
    public boolean callSites() {
        return settings.callSites();
    }

    /** See {@link #STACKS}. */
    public boolean stacks() {
        return settings.stacks();
    }

    /** The built-in call-site excludes followed by the configured ones ({@link #CALL_SITE_EXCLUDES}). */
    public List<String> callSiteExcludes() {
        return callSiteExcludes;
    }

    /** See {@link #MAX_ENTRIES}. */
    public int maxEntries() {
        return settings.maxEntries();
    }

    /** See {@link #P6SPY_LOGGING}. */
    public boolean p6spyLogging() {
        return settings.p6spyLogging();
    }

    /** See {@link #ANALYSIS_CACHE_SIZE}. */
    public int analysisCacheSize() {
        return settings.analysisCacheSize();
    }

    /** See {@link #MAX_SQL_LENGTH}. */
    public int maxSqlLength() {
        return settings.maxSqlLength();
    }

    /** See {@link #PARSE_TIMEOUT_MILLIS}. */
    public long parseTimeoutMillis() {
        return settings.parseTimeoutMillis();
    }

    /** The {@code host} and {@code host:port} entries of {@link #EXTERNAL_CALLS_IGNORE}, lower case. */
    public List<String> externalCallIgnores() {
        return settings.externalCallIgnores();
    }

    /** The schema groups, default schema and unmapped-table policy. */
    public SchemaGroups schemaGroups() {
        return schemaGroups;
    }

    @Override
    public String toString() {
        return "QueryGuardConfig[source=" + source + ", callSites=" + callSites() + ", stacks=" + stacks()
                + ", maxEntries=" + maxEntries() + ", p6spyLogging=" + p6spyLogging()
                + ", analysisCacheSize=" + analysisCacheSize() + ", maxSqlLength=" + maxSqlLength()
                + ", parseTimeoutMillis=" + parseTimeoutMillis() + ", " + schemaGroups + "]";
    }
}
