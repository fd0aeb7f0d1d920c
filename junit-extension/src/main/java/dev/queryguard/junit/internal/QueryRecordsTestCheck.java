package dev.queryguard.junit.internal;

import dev.queryguard.check.CheckFailure;
import dev.queryguard.junit.QueryRecords;
import dev.queryguard.records.QueryRecord;
import dev.queryguard.records.QueryRecordCheck;
import dev.queryguard.records.RecordDiff;
import dev.queryguard.records.RecordFormatException;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the query record of a test under {@link QueryRecords} (or {@value QueryRecords#ENABLED}{@code =true}):
 * creates, verifies or rewrites its section of the class's record file as the mode says, and publishes the
 * outcome as the report entry {@value #ENTRY}. The file is merged after each test, so a class's record file is
 * complete whichever of its tests ran, in whatever order, thread or fork.
 */
final class QueryRecordsTestCheck implements TestCheck {

    /** The report entry naming the {@link RecordOutcome}. */
    static final String ENTRY = "queryguard.records";

    @Override
    public List<AssertionFailedError> check(TestRecording test, ExtensionContext context) {
        if (!enabled(context)) {
            return List.of();
        }
        RecordSettings settings = RecordSettings.of(context);
        Class<?> testClass = context.getRequiredTestClass();
        Path file = settings.fileOf(testClass);
        String fileName = RecordSettings.nameOf(file, testClass);
        String section = RecordSection.of(context);
        String location = fileName + " [" + section + "]";
        List<String> header = List.of(
                "QueryGuard query records of " + RecordSettings.className(testClass) + ": what each test ran.",
                "A test fails when it runs more; to accept a change, run it with -D" + QueryRecords.MODE
                        + "=overwrite.");
        try {
            Optional<QueryRecord> record = RecordStore.read(file, fileName).section(section);
            RecordMode mode = settings.mode();
            if (mode == RecordMode.OVERWRITE) {
                RecordStore.write(file, fileName, section, QueryRecord.of(test.recording()), header);
                return report(context, record.isPresent() ? RecordOutcome.OVERWRITTEN : RecordOutcome.CREATED,
                        location, null, null);
            }
            if (record.isPresent()) {
                return verify(test, context, settings, record.get(), location);
            }
            if (mode == RecordMode.NONE) {
                return report(context, RecordOutcome.MISSING, location, null,
                        RecordMessages.missing(test.testName(), location, settings));
            }
            RecordStore.write(file, fileName, section, QueryRecord.of(test.recording()), header);
            return report(context, RecordOutcome.CREATED, location, null,
                    mode == RecordMode.ALL ? RecordMessages.createdInModeAll(test.testName(), location) : null);
        } catch (RecordFormatException e) {
            throw new ExtensionConfigurationException("QueryGuard cannot read a query record: " + e.getMessage(), e);
        }
    }

    private static List<AssertionFailedError> verify(TestRecording test, ExtensionContext context,
                                                     RecordSettings settings, QueryRecord record, String location) {
        RecordDiff diff = RecordDiff.between(record, test.recording());
        Optional<CheckFailure> failure = QueryRecordCheck.check(test.testName(), location, diff, settings.strict());
        if (failure.isPresent()) {
            CheckFailure broken = failure.get();
            context.publishReportEntry(entry(RecordOutcome.MISMATCH, location, null));
            // The run report lists it with the test and under "Growth against records".
            context.publishReportEntry(ReportEntries.RECORD_DIFF, broken.message());
            return List.of(Failures.toAssertion(new CheckFailure(broken.check(),
                    broken.message() + "\n" + RecordMessages.REWRITE, broken.expected(), broken.actual())));
        }
        if (diff.same()) {
            return report(context, RecordOutcome.VERIFIED, location, null, null);
        }
        context.publishReportEntry(ReportEntries.RECORD_DIFF, RecordMessages.tighten(diff));
        return report(context, RecordOutcome.TIGHTEN, location,
                RecordMessages.tighten(diff), null);
    }

    private static List<AssertionFailedError> report(ExtensionContext context, RecordOutcome outcome,
                                                     String location, String note, String failure) {
        context.publishReportEntry(entry(outcome, location, note));
        return failure == null ? List.of() : List.of(new AssertionFailedError(failure));
    }

    private static Map<String, String> entry(RecordOutcome outcome, String location, String note) {
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put(ENTRY, outcome.value());
        entry.put(ENTRY + ".file", location);
        if (note != null) {
            entry.put(ENTRY + ".note", note);
        }
        return entry;
    }

    private static boolean enabled(ExtensionContext context) {
        return AnnotatedLevel.nearest(context, QueryRecords.class)
                .map(found -> found.annotation().value())
                .orElseGet(() -> RecordSettings.of(context).enabled());
    }
}
