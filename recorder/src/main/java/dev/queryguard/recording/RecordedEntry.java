package dev.queryguard.recording;

import java.time.Instant;

/**
 * One entry of a recording's timeline: a JDBC statement, a transaction boundary, a load served from an ORM
 * cache or a call to a service outside the database. Entries are immutable.
 */
public sealed interface RecordedEntry permits StatementEntry, TransactionEntry, CacheEntry, ExternalCallEntry {

    /** Where the entry came from. */
    enum Source {
        /** The statement or transaction boundary reached the JDBC driver. */
        JDBC,
        /** The ORM served the load from its cache; the database never saw it. */
        CACHE,
        /** The application called a service outside the database (HTTP, a socket, or declared by the API). */
        EXTERNAL
    }

    Source source();

    /** When the entry began, read from {@link System#nanoTime()} and anchored to the wall clock once. */
    Instant start();

    /** The name of the thread that ran the entry. */
    String thread();

    /** Where the application caused the entry, or {@code null} when call sites are not captured. */
    CallSite callSite();
}
