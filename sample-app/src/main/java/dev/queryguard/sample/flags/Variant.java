package dev.queryguard.sample.flags;

import java.util.Locale;

/** The two implementations of a feature: the one with the database problem, and the one that fixes it. */
public enum Variant {
    LEGACY,
    FIXED;

    /** {@code legacy} or {@code fixed}: how the {@value FeatureFlags#HEADER} header names it. */
    public String headerValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The variant a {@value FeatureFlags#HEADER} header value names, case-insensitively. */
    public static Variant fromHeader(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "legacy" -> LEGACY;
            case "fixed" -> FIXED;
            default -> throw new IllegalArgumentException(
                    FeatureFlags.HEADER + " must be legacy or fixed: " + value.strip());
        };
    }
}
