package dev.queryguard.analysis;

import dev.queryguard.config.QueryGuardConfig;
import org.junit.jupiter.params.provider.Arguments;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Test tables written as {@code sql => expected} lines, and compact renderings of analysis results. */
final class SqlCases {

    private SqlCases() {
    }

    /** One case per non-blank line of {@code table} not starting with {@code #}: the SQL and what is expected. */
    static Stream<Arguments> of(String table) {
        return table.lines()
                .filter(line -> !line.isBlank() && !line.strip().startsWith("#"))
                .map(line -> {
                    int arrow = line.lastIndexOf(" => ");
                    if (arrow < 0) {
                        throw new IllegalArgumentException("expected 'sql => expected', was: " + line);
                    }
                    return arguments(line.substring(0, arrow).strip(), line.substring(arrow + 4).strip());
                });
    }

    /** {@code main.a, ci.b}, or {@code -} for none. */
    static String tables(StatementAnalysis analysis) {
        return orDash(analysis.tables().stream().map(TableRef::name).collect(Collectors.joining(", ")));
    }

    /** {@code main.a:main, x.y}: each table with its group, if any. */
    static String tablesWithGroups(StatementAnalysis analysis) {
        return orDash(analysis.tables().stream()
                .map(table -> table.group() == null ? table.name() : table.name() + ":" + table.group())
                .collect(Collectors.joining(", ")));
    }

    /** {@code INNER main.b, LATERAL -}, or {@code -} for none. */
    static String joins(StatementAnalysis analysis) {
        return orDash(analysis.joins().stream()
                .map(join -> join.type() + " " + (join.table() == null ? "-" : join.table()))
                .collect(Collectors.joining(", ")));
    }

    /** A configuration from alternating keys and values, in declaration order. */
    static QueryGuardConfig config(String... keysAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return QueryGuardConfig.fromProperties(values, "test");
    }

    /** GitLab's decomposition: main and ci apart, gitlab_shared joins either. */
    static QueryGuardConfig mainAndCi(String... more) {
        String[] base = {
                "queryguard.group.main", "main.*",
                "queryguard.group.ci", "ci.*, ci_*",
                "queryguard.group.gitlab_shared", "shared.*",
                "queryguard.groups.joinAny", "gitlab_shared"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return config(all);
    }

    private static String orDash(String text) {
        return text.isEmpty() ? "-" : text;
    }
}
