package dev.queryguard.junit;

import dev.queryguard.ThrowingRunnable;
import dev.queryguard.recording.Recording;

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
}
