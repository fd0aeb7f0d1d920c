package dev.queryguard.recording;

import dev.queryguard.analysis.StatementKind;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a scope recorded: its timeline of entries in the order they began, and counts that stay exact even past
 * the cap on kept entries. Immutable and thread-safe.
 */
public final class Recording {

    private final List<RecordedEntry> entries;
    private final List<StatementEntry> statements;
    private final List<CacheEntry> cacheHits;
    private final List<TransactionEntry> transactions;
    private final List<ExternalCallEntry> externalCalls;
    private final List<RepeatedStatement> repeatedStatements;
    private final Map<StatementKind, Long> countsByKind;
    private final long cachedCount;
    private final long transactionCount;
    private final long externalCallCount;
    private final long unparsedCount;
    private final long droppedEntries;
    private final int maxEntries;

    /** Used by the recorder; the counts include the entries dropped past the cap. */
    public Recording(List<RecordedEntry> entries, List<RepeatedStatement> repeatedStatements,
                     Map<StatementKind, Long> countsByKind, long cachedCount, long transactionCount,
                     long externalCallCount, long unparsedCount, long droppedEntries, int maxEntries) {
        this.entries = List.copyOf(entries);
        this.statements = this.entries.stream().filter(StatementEntry.class::isInstance)
                .map(StatementEntry.class::cast).toList();
        this.cacheHits = this.entries.stream().filter(CacheEntry.class::isInstance)
                .map(CacheEntry.class::cast).toList();
        this.transactions = this.entries.stream().filter(TransactionEntry.class::isInstance)
                .map(TransactionEntry.class::cast).toList();
        this.externalCalls = this.entries.stream().filter(ExternalCallEntry.class::isInstance)
                .map(ExternalCallEntry.class::cast).toList();
        this.repeatedStatements = List.copyOf(repeatedStatements);
        EnumMap<StatementKind, Long> counts = new EnumMap<>(StatementKind.class);
        for (StatementKind kind : StatementKind.values()) {
            counts.put(kind, Objects.requireNonNullElse(countsByKind.get(kind), 0L));
        }
        this.countsByKind = counts;
        this.cachedCount = cachedCount;
        this.transactionCount = transactionCount;
        this.externalCallCount = externalCallCount;
        this.unparsedCount = unparsedCount;
        this.droppedEntries = droppedEntries;
        this.maxEntries = maxEntries;
    }

    /** Every kept entry (statements, transaction boundaries, cache hits, external calls) in start order. */
    public List<RecordedEntry> entries() {
        return entries;
    }

    public List<StatementEntry> statements() {
        return statements;
    }

    public List<CacheEntry> cacheHits() {
        return cacheHits;
    }

    public List<TransactionEntry> transactions() {
        return transactions;
    }

    /** The calls to services outside the database, with the transactions open at each. */
    public List<ExternalCallEntry> externalCalls() {
        return externalCalls;
    }

    /** The statements that ran more than once with the same SQL and bound values, most executions first. */
    public List<RepeatedStatement> repeatedStatements() {
        return repeatedStatements;
    }

    /** The number of statements that reached JDBC, cache hits excluded. */
    public long count() {
        return countsByKind.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The number of statements of {@code kind} that reached JDBC. */
    public long count(StatementKind kind) {
        return countsByKind.get(kind);
    }

    /** The number of statements plus the loads served from an ORM cache. */
    public long countIncludingCached() {
        return count() + cachedCount;
    }

    public long cachedCount() {
        return cachedCount;
    }

    /** The number of commits, rollbacks and savepoint operations. */
    public long transactionCount() {
        return transactionCount;
    }

    /** The number of calls to services outside the database. */
    public long externalCallCount() {
        return externalCallCount;
    }

    /** The number of statements JSqlParser could not read (their kind and tables come from a tolerant scan). */
    public long unparsedCount() {
        return unparsedCount;
    }

    /** Whether entries were dropped past the cap: the counts stay exact, the details are incomplete. */
    public boolean truncated() {
        return droppedEntries > 0;
    }

    public long droppedEntries() {
        return droppedEntries;
    }

    public int maxEntries() {
        return maxEntries;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Recording[").append(count())
                .append(count() == 1 ? " statement" : " statements");
        countsByKind.forEach((kind, count) -> {
            if (count > 0) {
                text.append(", ").append(kind).append('=').append(count);
            }
        });
        text.append(", cached=").append(cachedCount)
                .append(", transactions=").append(transactionCount)
                .append(", unparsed=").append(unparsedCount);
        if (externalCallCount > 0) {
            text.append(", externalCalls=").append(externalCallCount);
        }
        if (truncated()) {
            text.append(", truncated: kept the first ").append(maxEntries).append(" entries and counted ")
                    .append(droppedEntries).append(" more without details");
        }
        return text.append(']').toString();
    }
}
