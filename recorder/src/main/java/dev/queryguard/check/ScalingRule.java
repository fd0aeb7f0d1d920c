package dev.queryguard.check;

import dev.queryguard.recording.Recording;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a scenario's statements may grow with the number of items it works on: the scales to run it at and the
 * statements allowed per added item. Immutable and thread-safe.
 *
 * <pre>{@code
 * ScalingRule rule = new ScalingRule(List.of(2, 3), 0);
 * ScalingComparison comparison = rule.compare(Map.of(2, atTwoItems, 3, atThreeItems));
 * comparison.failure("PackagesApiTests.listsPackages()").ifPresent(failure -> ...);
 * }</pre>
 *
 * @param scales the numbers of items to run the scenario with: at least two, each at least 1, strictly increasing
 * @param slope  the statements allowed per added item, summed over the statements that grow; {@code 0} (the
 *               usual rule) allows none
 */
public record ScalingRule(List<Integer> scales, int slope) {

    /** The scales a scenario runs at unless told otherwise: 2 and 3 items. */
    public static final List<Integer> DEFAULT_SCALES = List.of(2, 3);

    public ScalingRule {
        scales = List.copyOf(scales);
        checkScales(scales);
        checkSlope(slope);
    }

    /** The default scales and no growth. */
    public static ScalingRule constant() {
        return new ScalingRule(DEFAULT_SCALES, 0);
    }

    /**
     * Checks scales on their own, for faces that name the element they came from.
     *
     * @throws IllegalArgumentException naming the problem, e.g. {@code scales must be strictly increasing: 3 then 2}
     */
    public static void checkScales(List<Integer> scales) {
        Objects.requireNonNull(scales, "scales must not be null");
        if (scales.size() < 2) {
            throw new IllegalArgumentException("scales must hold at least two to compare: "
                    + (scales.isEmpty() ? "none" : scales.get(0)));
        }
        for (int i = 0; i < scales.size(); i++) {
            int scale = Objects.requireNonNull(scales.get(i), "scales must not hold null");
            if (scale < 1) {
                throw new IllegalArgumentException("scales must be at least 1: " + scale);
            }
            if (i > 0 && scale <= scales.get(i - 1)) {
                throw new IllegalArgumentException("scales must be strictly increasing: " + scales.get(i - 1)
                        + " then " + scale);
            }
        }
    }

    /**
     * Checks a slope on its own, for faces that name the element it came from.
     *
     * @throws IllegalArgumentException when it is negative
     */
    public static void checkSlope(int slope) {
        if (slope < 0) {
            throw new IllegalArgumentException("slope must not be negative: " + slope);
        }
    }

    /**
     * Compares what the scenario ran at each scale, statement by statement (by fingerprint) and cache load by
     * cache load (by kind and region).
     *
     * @param recordingsByScale one recording for each of {@link #scales()}
     * @throws IllegalArgumentException when the recordings do not match the scales
     */
    public ScalingComparison compare(Map<Integer, Recording> recordingsByScale) {
        return ScalingComparison.of(this, recordingsByScale);
    }
}
