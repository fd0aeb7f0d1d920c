package dev.queryguard.check.internal;

import dev.queryguard.analysis.StatementAnalysis;
import dev.queryguard.analysis.TableRef;
import dev.queryguard.check.CheckFailure;
import dev.queryguard.check.CrossSchemaCheck;
import dev.queryguard.check.SqlText;
import dev.queryguard.config.QueryGuardConfig;
import dev.queryguard.config.SchemaGroups;
import dev.queryguard.recording.Recording;
import dev.queryguard.recording.StatementEntry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The message of statements that join schema groups that may not be mixed: each statement once by fingerprint,
 * with its tables and their groups, the groups it may not mix, and where it ran.
 */
public final class CrossSchemaMessage {

    /** Call sites shown per statement; more are counted. */
    static final int CALL_SITES_SHOWN = 5;

    private CrossSchemaMessage() {
    }

    public static CheckFailure failure(String subject, List<StatementEntry> crossings, SchemaGroups groups,
                                       Recording recording, List<String> waysToAllow) {
        Map<String, List<StatementEntry>> byFingerprint = new LinkedHashMap<>();
        for (StatementEntry crossing : crossings) {
            byFingerprint.computeIfAbsent(crossing.fingerprint(), key -> new ArrayList<>()).add(crossing);
        }
        StringBuilder message = new StringBuilder("Expected ").append(subject)
                .append(" not to join tables of schema groups that may not be mixed,\nbut ")
                .append(count(byFingerprint.size(), crossings.size())).append(" did:\n");
        boolean noGroup = false;
        for (List<StatementEntry> executions : byFingerprint.values()) {
            noGroup |= appendStatement(message, executions, groups);
        }
        if (noGroup) {
            message.append("Tables in ").append(GroupConflicts.NO_GROUP).append(" match no ")
                    .append(QueryGuardConfig.GROUP_PREFIX).append("<name> pattern, and ")
                    .append(QueryGuardConfig.UNMAPPED_TABLES).append("=fail lets a\nstatement join them only with")
                    .append(" tables of ").append(QueryGuardConfig.JOIN_ANY_GROUPS).append(" groups (")
                    .append(groups.joinAnyGroups().isEmpty() ? "none configured"
                            : String.join(", ", groups.joinAnyGroups()))
                    .append("): map them to a\ngroup, or set ").append(QueryGuardConfig.UNMAPPED_TABLES)
                    .append("=ignore.\n");
        }
        if (recording.truncated()) {
            message.append("The recording kept its first ").append(recording.maxEntries()).append(" entries (")
                    .append(QueryGuardConfig.MAX_ENTRIES).append("): the ").append(recording.droppedEntries())
                    .append(" after them were not checked.\n");
        }
        message.append("Load the rows of each group in a statement of its own, or allow the join, naming the issue"
                + " that tracks it:");
        for (int i = 0; i < waysToAllow.size(); i++) {
            boolean last = i == waysToAllow.size() - 1;
            message.append("\n  ").append(last && i > 0 ? "or " : "").append(waysToAllow.get(i)).append(last ? '.' : ',');
        }
        String actual = byFingerprint.keySet().stream().map(SqlText::shorten).collect(Collectors.joining("\n"));
        return new CheckFailure(CrossSchemaCheck.NAME, message.toString(), "", actual);
    }

    /** Appends one statement; returns whether a table in no group takes part in its crossing. */
    private static boolean appendStatement(StringBuilder message, List<StatementEntry> executions,
                                           SchemaGroups groups) {
        StatementAnalysis analysis = executions.get(0).analysis();
        List<String> conflicts = GroupConflicts.of(analysis.tables(), groups);
        message.append("  ").append(SqlText.shorten(analysis.fingerprint())).append('\n');
        message.append("      tables: ").append(analysis.tables().stream()
                .map(CrossSchemaMessage::tableWithGroup).collect(Collectors.joining(", "))).append('\n');
        if (!conflicts.isEmpty()) {
            message.append("      may not mix: ").append(String.join(", ", conflicts)).append('\n');
        }
        AllowMarker marker = AllowMarker.in(analysis.sql());
        if (marker != null) {
            message.append("      ignored /* ").append(AllowMarker.WORD).append(" */: it needs a reason\n");
        }
        Map<String, Integer> sites = new LinkedHashMap<>();
        for (StatementEntry execution : executions) {
            sites.merge(SqlText.at(execution.callSite()), 1, Integer::sum);
        }
        sites.entrySet().stream().limit(CALL_SITES_SHOWN).forEach(site -> {
            message.append("      at ").append(site.getKey());
            if (site.getValue() > 1) {
                message.append(" (").append(site.getValue()).append(" executions)");
            }
            message.append('\n');
        });
        if (sites.size() > CALL_SITES_SHOWN) {
            message.append("      and at ").append(sites.size() - CALL_SITES_SHOWN).append(" more call sites\n");
        }
        return GroupConflicts.involvesNoGroup(conflicts);
    }

    private static String tableWithGroup(TableRef table) {
        return table.name() + " " + (table.group() == null ? GroupConflicts.NO_GROUP : "(" + table.group() + ")");
    }

    /** {@code 1 statement}, {@code 1 statement (2 executions)}, {@code 2 statements (3 executions)}. */
    private static String count(int statements, int executions) {
        String text = statements + (statements == 1 ? " statement" : " statements");
        return executions == statements ? text : text + " (" + executions + " executions)";
    }
}
