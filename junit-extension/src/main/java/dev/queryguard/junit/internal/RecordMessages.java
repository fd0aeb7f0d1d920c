package dev.queryguard.junit.internal;

import dev.queryguard.junit.QueryRecords;
import dev.queryguard.records.RecordDiff;
import dev.queryguard.records.internal.RecordMismatch;

/** The messages of tests whose query record is missing, and the remedies the messages end with. */
final class RecordMessages {

    /** How to accept a change a record failure shows. */
    static final String REWRITE = "If the change is intended, rewrite the record with -D" + QueryRecords.MODE
            + "=overwrite and commit it.";

    private RecordMessages() {
    }

    /** A missing record in a mode that does not create records. */
    static String missing(String subject, String location, RecordSettings settings) {
        return "Expected a query record for " + subject + " in\n  " + location
                + "\nbut there is none, and " + settings.describeMode() + " does not create records."
                + "\nRun the test with -D" + QueryRecords.MODE + "=once to create it, then commit the file.";
    }

    /** A record that mode {@code all} had to create. */
    static String createdInModeAll(String subject, String location) {
        return "Expected a query record for " + subject + " in\n  " + location
                + "\nbut there was none: " + QueryRecords.MODE + "=all created it and fails the test."
                + "\nReview the new record and commit it; the next run holds the test to it.";
    }

    /** The report note of a test that ran less than its record. */
    static String tighten(RecordDiff diff) {
        boolean cacheLoads = diff.record().hasCacheLoads();
        return "ran " + RecordMismatch.counted(diff.actual().total(), cacheLoads) + " where the record has "
                + diff.record().total() + ": tighten the record with -D" + QueryRecords.MODE + "=overwrite";
    }
}
