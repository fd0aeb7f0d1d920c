package dev.queryguard.config;

import java.util.List;

/**
 * QueryGuard's settings. Immutable and thread-safe.
 *
 * <p>PLACEHOLDER: defaults only, to be replaced by the file loader.
 */
public final class QueryGuardConfig {

    /** Whether each statement remembers its call site (first frame outside excluded packages). */
    public static final String CALL_SITES = "queryguard.callSites";
    /** Whether each statement keeps its full stack (costly: off by default). */
    public static final String STACKS = "queryguard.stacks";
    /** Extra package or class-name prefixes skipped when looking for a call site, comma separated. */
    public static final String CALL_SITE_EXCLUDES = "queryguard.callSites.exclude";
    /** Entries a recording keeps in detail before it only counts. */
    public static final String MAX_ENTRIES = "queryguard.maxEntries";
    /** Whether p6spy's own logging (spy.log) runs beside the recorder. */
    public static final String P6SPY_LOGGING = "queryguard.p6spy.logging";

    private static final List<String> DEFAULT_CALL_SITE_EXCLUDES = List.of(
            "java.", "javax.", "jdk.", "sun.", "com.sun.", "jakarta.",
            "com.p6spy.", "dev.queryguard.", "org.hibernate.", "net.bytebuddy.",
            "org.h2.", "org.postgresql.", "com.mysql.", "org.mariadb.", "oracle.jdbc.", "com.microsoft.sqlserver.",
            "com.zaxxer.hikari.", "org.apache.commons.dbcp", "org.apache.tomcat.jdbc.", "com.mchange.v2.c3p0.",
            "org.springframework.jdbc.", "org.springframework.orm.", "org.springframework.transaction.",
            "org.springframework.aop.", "org.springframework.cglib.", "org.springframework.data.",
            "org.junit.", "org.apache.maven.surefire.");

    private static final QueryGuardConfig DEFAULTS = new QueryGuardConfig();

    private QueryGuardConfig() {
    }

    public static QueryGuardConfig defaults() {
        return DEFAULTS;
    }

    /** Reads {@code queryguard.properties} from the class path, overridden by system properties. */
    public static QueryGuardConfig load() {
        return DEFAULTS;
    }

    public boolean callSites() {
        return true;
    }

    public boolean stacks() {
        return false;
    }

    public List<String> callSiteExcludes() {
        return DEFAULT_CALL_SITE_EXCLUDES;
    }

    public int maxEntries() {
        return 100_000;
    }

    public boolean p6spyLogging() {
        return false;
    }
}
