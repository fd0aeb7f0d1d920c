package dev.queryguard.config.internal;

import dev.queryguard.config.SchemaGroups.UnmappedPolicy;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The typed, validated values of one merged configuration.
 *
 * @param callSites             whether statements remember their call site
 * @param stacks                whether statements keep their full stack
 * @param extraCallSiteExcludes the configured call-site excludes, beyond the built-in ones
 * @param maxEntries            entries a recording keeps in detail
 * @param p6spyLogging          whether p6spy's own logging runs
 * @param analysisCacheSize     distinct SQL texts whose analysis is cached
 * @param maxSqlLength          the longest SQL text handed to the parser
 * @param parseTimeoutMillis    how long one parse may take
 * @param defaultSchema         the schema of unqualified table names, or {@code null}
 * @param groups                the declared group names, in declaration order
 * @param patterns              the patterns of all groups, in declaration order
 * @param joinAny               the groups that may mix with any other
 * @param unmappedPolicy        what tables in no group mean for the verdict
 */
public record Settings(
        boolean callSites,
        boolean stacks,
        List<String> extraCallSiteExcludes,
        int maxEntries,
        boolean p6spyLogging,
        int analysisCacheSize,
        int maxSqlLength,
        long parseTimeoutMillis,
        String defaultSchema,
        List<String> groups,
        List<GroupPattern> patterns,
        Set<String> joinAny,
        UnmappedPolicy unmappedPolicy) {

    public Settings {
        extraCallSiteExcludes = List.copyOf(extraCallSiteExcludes);
        groups = List.copyOf(groups);
        patterns = List.copyOf(patterns);
        joinAny = Set.copyOf(joinAny);
        Objects.requireNonNull(unmappedPolicy, "unmappedPolicy must not be null");
        if (maxEntries <= 0) {
            throw new IllegalArgumentException("maxEntries must be positive: " + maxEntries);
        }
        if (analysisCacheSize <= 0) {
            throw new IllegalArgumentException("analysisCacheSize must be positive: " + analysisCacheSize);
        }
        if (maxSqlLength <= 0) {
            throw new IllegalArgumentException("maxSqlLength must be positive: " + maxSqlLength);
        }
        if (parseTimeoutMillis <= 0) {
            throw new IllegalArgumentException("parseTimeoutMillis must be positive: " + parseTimeoutMillis);
        }
    }
}
