package dev.queryguard.recording.internal;

import dev.queryguard.analysis.StatementKind;
import dev.queryguard.recording.CacheEntry;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The exact counts of what a closed scope saw, kept entries and counted-only ones alike, read without assembling
 * a recording: what a counting scope, which keeps no entries, has to tell. Immutable.
 *
 * @param statementsByKind the statements that reached JDBC, by kind (every kind present); a batch counts once
 * @param rowsRead         the rows the application read from their result sets
 * @param crossSchema      the statements that mix schema groups that may not be mixed
 * @param unparsed         the statements JSqlParser could not read
 * @param cached           the loads an ORM cache served
 * @param externalCalls    the calls to services outside the database
 * @param transactions     the commits, rollbacks and savepoint operations
 */
public record ScopeCounts(Map<StatementKind, Long> statementsByKind, long rowsRead, long crossSchema, long unparsed,
                          long cached, long externalCalls, long transactions) {

    public ScopeCounts {
        EnumMap<StatementKind, Long> counts = new EnumMap<>(StatementKind.class);
        for (StatementKind kind : StatementKind.values()) {
            counts.put(kind, Objects.requireNonNullElse(statementsByKind.get(kind), 0L));
        }
        statementsByKind = Collections.unmodifiableMap(counts);
    }

    /** Counts what {@code scope} saw; read it once the scope is closed. */
    public static ScopeCounts of(ScopeState scope) {
        EnumMap<StatementKind, Long> byKind = new EnumMap<>(StatementKind.class);
        long rows = 0;
        long crossSchema = 0;
        long unparsed = 0;
        long cached = 0;
        long externalCalls = 0;
        long transactions = 0;
        for (Segment segment : scope.segments()) {
            Segment.Published published = segment.published();
            for (int i = 0; i < published.size(); i++) {
                Object entry = published.entries()[i];
                if (entry instanceof StatementCapture capture) {
                    byKind.merge(capture.analysis.kind(), 1L, Long::sum);
                    rows += capture.rowsRead;
                    crossSchema += capture.analysis.crossSchema() ? 1 : 0;
                    unparsed += capture.analysis.parsed() ? 0 : 1;
                } else if (entry instanceof CacheEntry) {
                    cached++;
                } else if (entry instanceof ExternalCallCapture) {
                    externalCalls++;
                } else {
                    transactions++;
                }
            }
            for (StatementKind kind : StatementKind.values()) {
                byKind.merge(kind, segment.overflowStatements(kind), Long::sum);
            }
            rows += segment.overflowRows();
            crossSchema += segment.overflowCrossSchema();
            unparsed += segment.overflowUnparsed();
            cached += segment.overflowCached();
            externalCalls += segment.overflowExternalCalls();
            transactions += segment.overflowTransactions();
        }
        return new ScopeCounts(byKind, rows, crossSchema, unparsed, cached, externalCalls, transactions);
    }

    /** Every statement that reached JDBC, whatever its kind. */
    public long statements() {
        return statementsByKind.values().stream().mapToLong(Long::longValue).sum();
    }

    public long statements(StatementKind kind) {
        return statementsByKind.get(kind);
    }

    /** Whether the scope saw nothing at all: no statement, cache hit, external call or transaction boundary. */
    public boolean nothing() {
        return statements() == 0 && cached == 0 && externalCalls == 0 && transactions == 0;
    }
}
