package dev.queryguard.capture.internal;

import dev.queryguard.analysis.SqlAnalyzer;
import dev.queryguard.config.ConfigException;
import dev.queryguard.config.QueryGuardConfig;

import java.util.Objects;

/**
 * The configuration the capture layer runs with, and the analyzer and call-site finder built from it. Read
 * once per statement through a volatile field; replaced only by {@link #configure}.
 */
public final class RecorderRuntime {

    private static volatile RecorderRuntime current;

    private final QueryGuardConfig config;
    private final SqlAnalyzer analyzer;
    private final CallSiteFinder callSiteFinder;
    private final ExternalCallIgnores externalCallIgnores;

    private RecorderRuntime(QueryGuardConfig config) {
        this.config = config;
        this.analyzer = new SqlAnalyzer(config);
        this.callSiteFinder = new CallSiteFinder(config.callSiteExcludes());
        this.externalCallIgnores = new ExternalCallIgnores(config.externalCallIgnores());
    }

    /** The runtime, built from {@link QueryGuardConfig#load()} on first use. */
    public static RecorderRuntime get() {
        RecorderRuntime runtime = current;
        if (runtime == null) {
            synchronized (RecorderRuntime.class) {
                if (current == null) {
                    current = new RecorderRuntime(loadOrDefaults());
                }
                runtime = current;
            }
        }
        return runtime;
    }

    /**
     * A broken configuration file must not break the application's statements: the recorder warns and records
     * with the defaults, and faces that load the configuration themselves (the JUnit extension) report it.
     */
    private static QueryGuardConfig loadOrDefaults() {
        try {
            return QueryGuardConfig.load();
        } catch (ConfigException e) {
            System.getLogger("dev.queryguard").log(System.Logger.Level.WARNING,
                    "QueryGuard records with its default settings: " + e.getMessage());
            return QueryGuardConfig.defaults();
        }
    }

    /** Replaces the configuration for every statement recorded from now on. */
    public static void configure(QueryGuardConfig config) {
        current = new RecorderRuntime(Objects.requireNonNull(config, "config must not be null"));
    }

    public QueryGuardConfig config() {
        return config;
    }

    public SqlAnalyzer analyzer() {
        return analyzer;
    }

    CallSiteFinder callSiteFinder() {
        return callSiteFinder;
    }

    ExternalCallIgnores externalCallIgnores() {
        return externalCallIgnores;
    }
}
