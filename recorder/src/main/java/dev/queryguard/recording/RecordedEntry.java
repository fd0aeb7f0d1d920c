package dev.queryguard.recording;

import java.time.Instant;

/**
 * One entry of a recording's timeline: a JDBC statement, a transaction boundary or a load served from an ORM
 * cache. Entries are immutable.
 */
public sealed interface RecordedEntry permits StatementEntry, TransactionEntry, CacheEntry {

    /** Where the entry came from. */
    enum Source {
        /** The statement or transaction boundary reached the JDBC driver. */
        JDBC,
        /** The ORM served the load from its cache; the database never saw it. */
        CACHE
    }

    Source source();

    /** When the entry began, read from {@link System#nanoTime()} and anchored to the wall clock once. */
    Instant start();

    /** The name of the thread that ran the entry. */
    String thread();

    /** Where the application caused the entry, or {@code null} when call sites are not captured. */
    CallSite callSite();
}
