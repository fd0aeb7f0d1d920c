package dev.queryguard.sample.flags;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which variant of each {@link Feature} runs, the way GitLab rolls out a fix behind a feature flag: a flag on
 * means the fixed variant. Flags are off (legacy) unless turned on globally, with {@link #enable}, or with the
 * {@value #PROPERTY} system property ({@code -Dsample.features=packages_fixed,uploads_fixed}); a request may
 * choose its variant with the {@value #HEADER} header ({@code legacy} or {@code fixed}), whatever the flags say.
 * Thread-safe.
 */
public final class FeatureFlags {

    /** The request header that chooses the variant of the request: {@code legacy} or {@code fixed}. */
    public static final String HEADER = "X-Feature-Variant";
    /** The system property naming the flags on at start-up, comma separated. */
    public static final String PROPERTY = "sample.features";

    private final Map<Feature, Boolean> enabled = new ConcurrentHashMap<>();

    /** Flags as the {@value #PROPERTY} system property sets them; all off when it is not set. */
    public static FeatureFlags fromSystemProperty() {
        FeatureFlags flags = new FeatureFlags();
        String names = System.getProperty(PROPERTY, "");
        for (String name : names.split(",")) {
            if (!name.isBlank()) {
                flags.enable(Feature.ofFlag(name));
            }
        }
        return flags;
    }

    public void enable(Feature feature) {
        enabled.put(feature, true);
    }

    public void disable(Feature feature) {
        enabled.put(feature, false);
    }

    /** The variant every request gets unless its header chooses. */
    public Variant globalVariant(Feature feature) {
        return enabled.getOrDefault(feature, false) ? Variant.FIXED : Variant.LEGACY;
    }

    /**
     * The variant of {@code feature} for a request whose {@value #HEADER} header is {@code headerValue}
     * ({@code null} when absent).
     *
     * @throws IllegalArgumentException when the header names no variant
     */
    public Variant variant(Feature feature, String headerValue) {
        return headerValue == null ? globalVariant(feature) : Variant.fromHeader(headerValue);
    }
}
