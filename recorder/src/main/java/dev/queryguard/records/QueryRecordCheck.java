package dev.queryguard.records;

import dev.queryguard.check.CheckFailure;
import dev.queryguard.records.internal.RecordMismatch;

import java.util.Objects;
import java.util.Optional;

/**
 * Holds a test to its query record: it fails when the test runs a shape more often than the record says, or a
 * shape the record does not have; running less passes (the record can be tightened) unless the check is strict.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * RecordDiff diff = RecordDiff.between(recordFile.section("listsPackages()").orElseThrow(), recording);
 * QueryRecordCheck.check("PackagesApiTests.listsPackages()", "PackagesApiTests.queryguard.txt [listsPackages()]",
 *         diff, false);
 * }</pre>
 */
public final class QueryRecordCheck {

    /** The check's name in failures and reports. */
    public static final String NAME = "query-record";

    private QueryRecordCheck() {
    }

    /**
     * Returns the failure when the test broke its record.
     *
     * @param subject  the test, as messages name it: {@code PackagesApiTests.listsPackages()}
     * @param location where its record is: the file and section
     * @param strict   whether running less than the record fails too
     */
    public static Optional<CheckFailure> check(String subject, String location, RecordDiff diff, boolean strict) {
        Objects.requireNonNull(subject, "subject must not be null");
        Objects.requireNonNull(location, "location must not be null");
        boolean broken = strict ? !diff.same() : diff.grew();
        if (!broken) {
            return Optional.empty();
        }
        return Optional.of(new CheckFailure(NAME, RecordMismatch.message(subject, location, diff, strict),
                RecordFormat.lines(diff.record()), RecordFormat.lines(diff.actual())));
    }
}
