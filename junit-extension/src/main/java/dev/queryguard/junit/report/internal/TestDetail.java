package dev.queryguard.junit.report.internal;

import dev.queryguard.analysis.StatementKind;
import dev.queryguard.check.SqlText;
import dev.queryguard.recording.Recording;
import dev.queryguard.recording.StatementEntry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one test ran, as the extension hands it to the run report through a JUnit report entry: the figures and
 * the statements grouped by fingerprint. Immutable.
 *
 * @param className     the test class, fully qualified
 * @param testName      the test as messages name it: {@code OrdersTests.listsOrders()}
 * @param statements    statements that reached JDBC
 * @param kinds         statements by kind ({@code StatementKind} names), kinds that did not run left out
 * @param cached        loads served from an ORM cache
 * @param repeated      statements that ran more than once with the same SQL and bound values
 * @param unparsed      statements the parser could not read
 * @param crossSchema   statements mixing schema groups that may not be mixed
 * @param transactions  commits, rollbacks and savepoint operations
 * @param externalCalls calls to services outside the database
 * @param dropped       entries counted past the recording's cap without details; the groups miss them
 * @param groups        the statements by fingerprint, most executions first, at most {@link #MAX_GROUPS}
 * @param omittedGroups how many more fingerprints ran than {@code groups} lists
 */
public record TestDetail(String className, String testName, long statements, Map<String, Long> kinds, long cached,
                         long repeated, long unparsed, long crossSchema, long transactions, long externalCalls,
                         long dropped, List<StatementGroup> groups, long omittedGroups) {

    /** The report lists a test's most frequent fingerprints up to this many, keeping its report entry small. */
    public static final int MAX_GROUPS = 100;

    public TestDetail {
        Objects.requireNonNull(className, "className must not be null");
        Objects.requireNonNull(testName, "testName must not be null");
        kinds = Collections.unmodifiableMap(new LinkedHashMap<>(kinds));
        groups = List.copyOf(groups);
        for (long count : new long[] {statements, cached, repeated, unparsed, crossSchema, transactions,
                externalCalls, dropped, omittedGroups}) {
            if (count < 0) {
                throw new IllegalArgumentException("counts must not be negative: " + count);
            }
        }
    }

    /** The figures of {@code recording}, made by the test {@code testName} of {@code className}. */
    public static TestDetail of(String className, String testName, Recording recording) {
        Map<String, Long> kinds = new LinkedHashMap<>();
        for (StatementKind kind : StatementKind.values()) {
            if (recording.count(kind) > 0) {
                kinds.put(kind.name(), recording.count(kind));
            }
        }
        long crossSchema = recording.statements().stream().filter(s -> s.analysis().crossSchema()).count();
        List<StatementGroup> groups = groups(recording.statements());
        List<StatementGroup> kept = groups.subList(0, Math.min(MAX_GROUPS, groups.size()));
        return new TestDetail(className, testName, recording.count(), kinds, recording.cachedCount(),
                recording.repeatedStatements().size(), recording.unparsedCount(), crossSchema,
                recording.transactionCount(), recording.externalCallCount(), recording.droppedEntries(), kept,
                groups.size() - kept.size());
    }

    private static List<StatementGroup> groups(List<StatementEntry> statements) {
        Map<String, List<StatementEntry>> byFingerprint = new LinkedHashMap<>();
        for (StatementEntry statement : statements) {
            byFingerprint.computeIfAbsent(statement.fingerprint(), key -> new ArrayList<>()).add(statement);
        }
        List<StatementGroup> groups = new ArrayList<>();
        byFingerprint.forEach((fingerprint, executions) -> {
            StatementEntry first = executions.get(0);
            groups.add(new StatementGroup(SqlText.shorten(fingerprint), first.kind().name(), executions.size(),
                    SqlText.at(first.callSite())));
        });
        // Stable: equal counts keep the order in which the statements first ran.
        groups.sort(Comparator.comparingLong(StatementGroup::count).reversed());
        return groups;
    }

    /** The statements of kinds other than SELECT, INSERT, UPDATE and DELETE. */
    public long otherKinds() {
        return statements - kind("SELECT") - kind("INSERT") - kind("UPDATE") - kind("DELETE");
    }

    /** The statements of {@code kind}, a {@code StatementKind} name. */
    public long kind(String kind) {
        return kinds.getOrDefault(kind, 0L);
    }

    /** Writes the members into {@code json}, which may hold other members (a test report adds its own). */
    void appendTo(Map<String, Object> json) {
        json.put("className", className);
        json.put("testName", testName);
        json.put("statements", statements);
        Map<String, Object> kindsJson = new LinkedHashMap<>();
        for (StatementKind kind : StatementKind.values()) {
            if (kinds.containsKey(kind.name())) {
                kindsJson.put(kind.name(), kinds.get(kind.name()));
            }
        }
        json.put("kinds", kindsJson);
        json.put("cached", cached);
        json.put("repeated", repeated);
        json.put("unparsed", unparsed);
        json.put("crossSchema", crossSchema);
        json.put("transactions", transactions);
        json.put("externalCalls", externalCalls);
        json.put("dropped", dropped);
        json.put("groups", groups.stream().map(StatementGroup::toJson).toList());
        json.put("omittedGroups", omittedGroups);
    }

    /** The compact JSON of the {@code queryguard.detail} report entry. */
    public String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        appendTo(json);
        return Json.write(json);
    }

    /** Reads the members {@link #appendTo} wrote, ignoring any other. */
    static TestDetail fromJson(Map<String, Object> json) {
        Map<String, Long> kinds = new LinkedHashMap<>();
        JsonFields.object(json, "kinds").forEach((kind, count) -> kinds.put(kind, (Long) count));
        return new TestDetail(JsonFields.string(json, "className"), JsonFields.string(json, "testName"),
                JsonFields.number(json, "statements"), kinds, JsonFields.number(json, "cached"),
                JsonFields.number(json, "repeated"), JsonFields.number(json, "unparsed"),
                JsonFields.number(json, "crossSchema"), JsonFields.number(json, "transactions"),
                JsonFields.number(json, "externalCalls"), JsonFields.number(json, "dropped"),
                JsonFields.objects(json, "groups").stream().map(StatementGroup::fromJson).toList(),
                JsonFields.number(json, "omittedGroups"));
    }

    /** Reads the {@code queryguard.detail} report entry. */
    public static TestDetail fromJson(String json) {
        return fromJson(Json.parseObject(json));
    }
}
