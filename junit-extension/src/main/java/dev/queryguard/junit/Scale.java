package dev.queryguard.junit;

import dev.queryguard.ThrowingRunnable;
import dev.queryguard.recording.Recording;
import dev.queryguard.recording.RecordingScope;

/**
 * One scale of a {@link ScalingTest}: how many items the test method creates this time, and the recorder of
 * the action whose statements must not grow with them. Declare it as a parameter of the test method.
 *
 * <pre>{@code
 * @ScalingTest
 * void listsPackagesWithoutNPlusOne(Scale scale) {
 *     createPackages(project, scale.n());
 *     scale.record(() -> api.listPackages(project));
 * }
 * }</pre>
 *
 * <p>Not thread-safe: use it from the test method's thread.
 */
public interface Scale {

    /** The number of items to create at this scale: one of {@link ScalingTest#scales()}. */
    int n();

    /**
     * Runs the action and records it: only this block counts, once per scale. With
     * {@link ScalingTest#warmUp()} the block runs once more before, unrecorded.
     *
     * @return what the block ran
     * @throws IllegalStateException when called a second time at the same scale
     */
    <E extends Throwable> Recording record(ThrowingRunnable<E> block) throws E;

    /**
     * The value of the {@value RecordingScope#HEADER} header that names the scope recording the block, for the
     * requests the block sends to a server whose threads record into the scope a request names (the JDK's server
     * with {@code dev.queryguard.http.ScopeHeaderFilter}): their statements count at this scale.
     *
     * <pre>{@code
     * scale.record(() -> api.get("/projects/1/packages", RecordingScope.HEADER, scale.headerValue()));
     * }</pre>
     *
     * <p>Statements recorded this way count only for the scale, not for the checks of the whole method body.
     *
     * @throws IllegalStateException outside the block given to {@link #record}
     */
    String headerValue();
}
