package dev.queryguard.recording.internal;

import dev.queryguard.analysis.StatementKind;
import dev.queryguard.recording.CacheEntry;
import dev.queryguard.recording.RecordedEntry;
import dev.queryguard.recording.Recording;
import dev.queryguard.recording.RepeatedStatement;
import dev.queryguard.recording.StatementEntry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the immutable {@link Recording} of a scope: merges its segments in the order entries began, keeps
 * the first {@code cap} entries, counts the rest, and marks statements repeated with the same bound values.
 */
public final class RecordingAssembler {

    private RecordingAssembler() {
    }

    public static Recording assemble(ScopeState scope) {
        List<Segment> segments = scope.segments();
        List<Timed> timeline = new ArrayList<>();
        Map<StatementKind, Long> counts = new EnumMap<>(StatementKind.class);
        long cached = 0;
        long transactions = 0;
        long externalCalls = 0;
        long unparsed = 0;
        long dropped = 0;
        for (Segment segment : segments) {
            Segment.Published published = segment.published();
            for (int i = 0; i < published.size(); i++) {
                timeline.add(new Timed(published.entries()[i], published.startTimes()[i]));
            }
            for (StatementKind kind : StatementKind.values()) {
                long overflow = segment.overflowStatements(kind);
                counts.merge(kind, overflow, Long::sum);
                dropped += overflow;
            }
            unparsed += segment.overflowUnparsed();
            cached += segment.overflowCached();
            transactions += segment.overflowTransactions();
            externalCalls += segment.overflowExternalCalls();
            dropped += segment.overflowCached() + segment.overflowTransactions() + segment.overflowExternalCalls();
        }
        if (segments.size() > 1) {
            timeline.sort(Comparator.comparingLong(Timed::startNanoTime));
        }
        if (timeline.size() > scope.cap()) {
            List<Timed> beyondCap = timeline.subList(scope.cap(), timeline.size());
            for (Timed timed : beyondCap) {
                dropped++;
                if (timed.entry() instanceof StatementCapture capture) {
                    counts.merge(capture.analysis.kind(), 1L, Long::sum);
                    unparsed += capture.analysis.parsed() ? 0 : 1;
                } else if (timed.entry() instanceof CacheEntry) {
                    cached++;
                } else if (timed.entry() instanceof ExternalCallCapture) {
                    externalCalls++;
                } else {
                    transactions++;
                }
            }
            beyondCap.clear();
        }

        Map<ExecutionKey, Integer> executions = countExecutions(timeline);
        List<RecordedEntry> entries = new ArrayList<>(timeline.size());
        Map<ExecutionKey, StatementEntry> firsts = new HashMap<>();
        ExternalCallAssembly calls = new ExternalCallAssembly(scope.openedNanoTime());
        for (Timed timed : timeline) {
            if (timed.entry() instanceof StatementCapture capture) {
                ExecutionKey key = ExecutionKey.of(capture);
                StatementEntry entry = toEntry(capture, key == null ? 1 : executions.get(key));
                if (key != null) {
                    firsts.putIfAbsent(key, entry);
                }
                counts.merge(capture.analysis.kind(), 1L, Long::sum);
                unparsed += capture.analysis.parsed() ? 0 : 1;
                calls.statement(entry);
                entries.add(entry);
            } else if (timed.entry() instanceof ExternalCallCapture capture) {
                externalCalls++;
                entries.add(calls.toEntry(capture));
            } else {
                RecordedEntry entry = (RecordedEntry) timed.entry();
                if (entry instanceof CacheEntry) {
                    cached++;
                } else {
                    transactions++;
                }
                entries.add(entry);
            }
        }
        List<RepeatedStatement> repeated = new ArrayList<>();
        firsts.forEach((key, first) -> {
            if (first.executions() > 1) {
                repeated.add(new RepeatedStatement(first.sql(), first.boundValues(), first.executions(), first));
            }
        });
        repeated.sort(Comparator.comparingInt(RepeatedStatement::executions).reversed()
                .thenComparing(r -> r.first().start()));
        return new Recording(entries, repeated, counts, cached, transactions, externalCalls, unparsed, dropped,
                scope.cap());
    }

    private static Map<ExecutionKey, Integer> countExecutions(List<Timed> timeline) {
        Map<ExecutionKey, Integer> executions = new HashMap<>();
        for (Timed timed : timeline) {
            if (timed.entry() instanceof StatementCapture capture) {
                ExecutionKey key = ExecutionKey.of(capture);
                if (key != null) {
                    executions.merge(key, 1, Integer::sum);
                }
            }
        }
        return executions;
    }

    private static StatementEntry toEntry(StatementCapture capture, int executions) {
        List<Object> boundValues = capture.boundValues.length == 0
                ? List.of()
                : new BoundValueList(capture.boundValues);
        return new StatementEntry(capture.analysis, boundValues, WallClock.instantOf(capture.startNanoTime),
                capture.durationNanos, capture.rowsRead, capture.rowsAffected, capture.batchSize,
                capture.connectionId, capture.transactionId == 0 ? null : capture.transactionId, capture.thread,
                capture.error, capture.callSite, List.of(capture.stack), executions);
    }

    private record Timed(Object entry, long startNanoTime) {
    }

    /** Same SQL text and same bound values; batches are never compared. */
    private record ExecutionKey(String sql, List<Object> boundValues) {
        static ExecutionKey of(StatementCapture capture) {
            if (capture.batchSize > 0) {
                return null;
            }
            return new ExecutionKey(capture.analysis.sql(), Arrays.asList(capture.boundValues));
        }
    }
}
