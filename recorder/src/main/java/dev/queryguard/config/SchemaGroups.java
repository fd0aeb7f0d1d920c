package dev.queryguard.config;

import dev.queryguard.config.internal.GroupPattern;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which schema group each table belongs to, and which groups a statement may mix, as configured with
 * {@code queryguard.group.<name>}, {@code queryguard.groups.joinAny}, {@code queryguard.groups.unmapped} and
 * {@code queryguard.schema.default}. Immutable and thread-safe.
 *
 * <p>Patterns: {@code ci.*} (a whole schema), {@code ci.ci_*} (tables of one schema), {@code main.packages} (one
 * table), and {@code ci_*}, {@code *.ci_*} or {@code packages} (a table name in every schema). A pattern without a
 * schema matches the name whatever its schema, unqualified names included; those get the default schema first
 * when one is configured, so {@code public.*} and {@code packages} both match an unqualified {@code packages}
 * with {@code queryguard.schema.default=public}. {@code *} is the only wildcard and matches any run of characters;
 * patterns are case-insensitive.
 *
 * <p>A table matching patterns of several groups belongs to the group of the most specific pattern: an exact
 * table ({@code main.packages}) beats a schema with a table glob ({@code ci.ci_*}), which beats a whole schema
 * ({@code ci.*}), which beats a pattern for any schema ({@code ci_*}, {@code *.ci_*}, {@code packages}); then the
 * pattern with fewer wildcards wins; a remaining tie goes to the pattern declared first.
 */
public final class SchemaGroups {

    /** What a statement's tables that belong to no group mean for the cross-schema verdict. */
    public enum UnmappedPolicy {
        /** Fail closed: an unmapped table with any other table outside the join-any groups is cross-schema. */
        FAIL,
        /** Leave unmapped tables out of the verdict. */
        IGNORE
    }

    private static final SchemaGroups NONE =
            new SchemaGroups(List.of(), List.of(), Set.of(), UnmappedPolicy.FAIL, null);

    private final List<GroupPattern> patterns;
    private final List<String> groups;
    private final Set<String> joinAny;
    private final UnmappedPolicy unmappedPolicy;
    private final String defaultSchema;

    SchemaGroups(List<GroupPattern> patterns, List<String> groups, Set<String> joinAny,
            UnmappedPolicy unmappedPolicy, String defaultSchema) {
        List<GroupPattern> sorted = new ArrayList<>(patterns);
        sorted.sort(GroupPattern.MOST_SPECIFIC_FIRST);
        this.patterns = List.copyOf(sorted);
        this.groups = List.copyOf(groups);
        this.joinAny = Collections.unmodifiableSet(new TreeSet<>(joinAny));
        this.unmappedPolicy = Objects.requireNonNull(unmappedPolicy, "unmappedPolicy must not be null");
        this.defaultSchema = defaultSchema;
    }

    /** No groups, no default schema: every table is in no group and nothing is cross-schema. */
    public static SchemaGroups none() {
        return NONE;
    }

    /** Whether any group is declared; when not, every table is in no group and nothing is cross-schema. */
    public boolean configured() {
        return !groups.isEmpty();
    }

    /** The declared group names, in declaration order. */
    public List<String> groups() {
        return groups;
    }

    /** The schema given to table names the SQL does not qualify, if configured. */
    public Optional<String> defaultSchema() {
        return Optional.ofNullable(defaultSchema);
    }

    /** What unmapped tables mean for the verdict. */
    public UnmappedPolicy unmappedPolicy() {
        return unmappedPolicy;
    }

    /** The groups that may be mixed with any other group (GitLab's {@code gitlab_shared}), sorted. */
    public Set<String> joinAnyGroups() {
        return joinAny;
    }

    /** Whether {@code group} may be mixed with any other group. */
    public boolean joinsAny(String group) {
        return joinAny.contains(group);
    }

    /**
     * Returns the group of a normalized table name ({@code schema.table} or {@code table}, lower case), or
     * {@code null} when it belongs to none.
     */
    public String groupOf(String normalizedTable) {
        int dot = normalizedTable.indexOf('.');
        String schema = dot < 0 ? null : normalizedTable.substring(0, dot);
        String table = normalizedTable.substring(dot + 1);
        for (GroupPattern pattern : patterns) {
            if (pattern.matches(schema, table)) {
                return pattern.group();
            }
        }
        return null;
    }

    /** Whether one statement may touch tables of both groups: the same group, or either one joins any. */
    public boolean mayMix(String groupA, String groupB) {
        return groupA.equals(groupB) || joinAny.contains(groupA) || joinAny.contains(groupB);
    }

    @Override
    public String toString() {
        Set<String> described = new LinkedHashSet<>();
        for (String group : groups) {
            StringBuilder line = new StringBuilder(group).append('=');
            String separator = "";
            for (GroupPattern pattern : patterns) {
                if (pattern.group().equals(group)) {
                    line.append(separator).append(pattern.text());
                    separator = ", ";
                }
            }
            described.add(line.toString());
        }
        return "SchemaGroups" + described + " joinAny=" + joinAny + " unmapped=" + unmappedPolicy
                + " defaultSchema=" + defaultSchema;
    }
}
