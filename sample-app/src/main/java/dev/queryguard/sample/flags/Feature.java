package dev.queryguard.sample.flags;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A feature that has a legacy and a fixed variant, with the name of its flag as GitLab would write it. */
public enum Feature {

    /** The packages list, a package's files and a package's pipelines. */
    PACKAGES("packages_fixed"),
    /** The deployments finder. */
    DEPLOYMENTS("deployments_fixed"),
    /** Package uploads to object storage. */
    UPLOADS("uploads_fixed");

    private final String flagName;

    Feature(String flagName) {
        this.flagName = flagName;
    }

    /** The flag's name: on means the fixed variant. */
    public String flagName() {
        return flagName;
    }

    /** The feature whose flag is {@code flagName}. */
    public static Feature ofFlag(String flagName) {
        return Arrays.stream(values()).filter(feature -> feature.flagName.equals(flagName.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown feature flag '" + flagName + "': choose "
                        + Arrays.stream(values()).map(Feature::flagName).collect(Collectors.joining(", "))));
    }
}
