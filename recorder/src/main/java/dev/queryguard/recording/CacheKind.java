package dev.queryguard.recording;

/** Which ORM cache served a load that never reached JDBC. */
public enum CacheKind {
    /** An entity from the second-level cache. */
    ENTITY,
    /** A collection from the second-level cache. */
    COLLECTION,
    /** A query result from the query cache. */
    QUERY,
    /** A natural-id resolution from the second-level cache. */
    NATURAL_ID
}
