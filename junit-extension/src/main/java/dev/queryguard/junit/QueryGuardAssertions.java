package dev.queryguard.junit;

import dev.queryguard.recording.Recording;

/**
 * Assertions on recordings of a test's own blocks: budgets, a measured run against a control run, repeated
 * statements and N+1 loads. Failures are opentest4j {@code AssertionFailedError}s with the same messages the
 * annotations give.
 *
 * <pre>{@code
 * @Test
 * void listsPackagesWithoutNPlusOne(QueryRecorder recorder) {
 *     Recording control = recorder.record(() -> api.listPackages(project));
 *     createPackages(project, 5);
 *     Recording measured = recorder.record(() -> api.listPackages(project));
 *
 *     assertThat(measured).counting(StatementKind.SELECT).doesNotExceed(control);
 * }
 * }</pre>
 */
public final class QueryGuardAssertions {

    private QueryGuardAssertions() {
    }

    /** Starts assertions on {@code recording}, counting every statement and cache load. */
    public static RecordingAssert assertThat(Recording recording) {
        return RecordingAssert.of(recording);
    }
}
