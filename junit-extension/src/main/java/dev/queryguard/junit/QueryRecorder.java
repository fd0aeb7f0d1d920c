package dev.queryguard.junit;

import dev.queryguard.ThrowingRunnable;
import dev.queryguard.recording.Recording;
import dev.queryguard.recording.RecordingScope;

/**
 * Records blocks of a test's own, and gives access to the scope that records the test method body. Declare it
 * as a test method parameter under {@link QueryGuardTest}.
 *
 * <pre>{@code
 * @Test
 * void listsPackagesWithoutNPlusOne(QueryRecorder recorder) {
 *     Recording control = recorder.record(() -> api.listPackages(project));
 *     createPackages(project, 5);
 *     Recording measured = recorder.record(() -> api.listPackages(project));
 *     QueryGuardAssertions.assertThat(measured).doesNotExceed(control);
 * }
 * }</pre>
 *
 * <p>Not thread-safe: use it from the test method's thread; carry the test's scope to other threads with
 * {@code testScope().wrap(...)}.
 */
public interface QueryRecorder {

    /** Runs {@code block} and returns what it ran; the test's own recording sees the statements too. */
    <E extends Throwable> Recording record(ThrowingRunnable<E> block) throws E;

    /**
     * The scope recording the test method body, to carry to other threads ({@code wrap}, {@code bind}) or to
     * name in the {@value RecordingScope#HEADER} header of the test's requests ({@code headerValue()}).
     *
     * @throws IllegalStateException outside the test method body
     */
    RecordingScope testScope();
}
