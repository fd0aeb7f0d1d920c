package dev.queryguard.check.internal;

import dev.queryguard.analysis.TableRef;
import dev.queryguard.config.SchemaGroups;
import dev.queryguard.config.SchemaGroups.UnmappedPolicy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The pairs of groups a statement mixes that may not be mixed, to explain the analysis' cross-schema verdict:
 * the same rules as {@code CrossSchemaVerdict}, keeping every pair instead of stopping at the first.
 */
public final class GroupConflicts {

    /** How messages show the group of a table that belongs to none. */
    public static final String NO_GROUP = "(no group)";

    private GroupConflicts() {
    }

    /**
     * Returns each pair once, in order of first appearance, as {@code main with ci}; a table in no group counts as
     * {@value #NO_GROUP} under {@link UnmappedPolicy#FAIL} and is left out under {@link UnmappedPolicy#IGNORE}.
     */
    public static List<String> of(List<TableRef> tables, SchemaGroups groups) {
        boolean failOnUnmapped = groups.unmappedPolicy() == UnmappedPolicy.FAIL;
        Set<String> seen = new LinkedHashSet<>();
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            for (int j = i + 1; j < tables.size(); j++) {
                String a = tables.get(i).group();
                String b = tables.get(j).group();
                boolean conflict = a != null && b != null
                        ? !groups.mayMix(a, b)
                        : failOnUnmapped && unproven(a, b, groups);
                if (conflict && seen.add(key(a, b))) {
                    pairs.add(name(a) + " with " + name(b));
                }
            }
        }
        return pairs;
    }

    /** Whether any of {@code pairs} names a table in no group. */
    public static boolean involvesNoGroup(List<String> pairs) {
        return pairs.stream().anyMatch(pair -> pair.contains(NO_GROUP));
    }

    private static boolean unproven(String a, String b, SchemaGroups groups) {
        String other = a == null ? b : a;
        return other == null || !groups.joinsAny(other);
    }

    private static String key(String a, String b) {
        String x = name(a);
        String y = name(b);
        return x.compareTo(y) <= 0 ? x + '\u0000' + y : y + '\u0000' + x;
    }

    private static String name(String group) {
        return group == null ? NO_GROUP : group;
    }
}
