package dev.queryguard.analysis.internal;

import dev.queryguard.analysis.TableRef;
import dev.queryguard.config.SchemaGroups;
import dev.queryguard.config.SchemaGroups.UnmappedPolicy;

import java.util.List;

/**
 * Decides whether a statement's tables mix schema groups that may not be mixed.
 *
 * <ul>
 *   <li>No group configured: never.</li>
 *   <li>Two tables of different groups, neither of them a join-any group: always.</li>
 *   <li>A table in no group, with policy {@link UnmappedPolicy#FAIL}: when the statement touches any other
 *       table outside the join-any groups, because nothing proves that join safe. Alone, or only with join-any
 *       tables, it is fine.</li>
 *   <li>With policy {@link UnmappedPolicy#IGNORE}, tables in no group are left out.</li>
 * </ul>
 */
public final class CrossSchemaVerdict {

    private CrossSchemaVerdict() {
    }

    /** Returns whether {@code tables} (distinct, each with its group) mix groups that may not be mixed. */
    public static boolean crossSchema(List<TableRef> tables, SchemaGroups groups) {
        if (!groups.configured()) {
            return false;
        }
        boolean failOnUnmapped = groups.unmappedPolicy() == UnmappedPolicy.FAIL;
        for (int i = 0; i < tables.size(); i++) {
            for (int j = i + 1; j < tables.size(); j++) {
                String a = tables.get(i).group();
                String b = tables.get(j).group();
                if (a != null && b != null ? !groups.mayMix(a, b) : failOnUnmapped && unproven(a, b, groups)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One of the groups is null: the pair is safe only when the other is a join-any group. */
    private static boolean unproven(String a, String b, SchemaGroups groups) {
        String other = a == null ? b : a;
        return other == null || !groups.joinsAny(other);
    }
}
