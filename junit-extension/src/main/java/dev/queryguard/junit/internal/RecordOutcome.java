package dev.queryguard.junit.internal;

import java.util.Locale;

/** What became of a test's query record, as the report entry {@code queryguard.records} says it. */
public enum RecordOutcome {
    /** There was none: the test's record was written. */
    CREATED,
    /** The test ran exactly what its record says. */
    VERIFIED,
    /** The test ran less than its record: it passed, and the record can be tightened. */
    TIGHTEN,
    /** The record was rewritten ({@code queryguard.records.mode=overwrite}). */
    OVERWRITTEN,
    /** The test broke its record and failed. */
    MISMATCH,
    /** There was none, and the mode does not create records: the test failed. */
    MISSING;

    /** The report entry's value: {@code created}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
