package dev.queryguard.sample.flags;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FeatureFlagsTests {

    @Test
    void runsTheLegacyVariantUntilTheFlagIsOn() {
        FeatureFlags flags = new FeatureFlags();

        assertThat(flags.variant(Feature.PACKAGES, null)).isEqualTo(Variant.LEGACY);
        flags.enable(Feature.PACKAGES);
        assertThat(flags.variant(Feature.PACKAGES, null)).isEqualTo(Variant.FIXED);
        assertThat(flags.variant(Feature.DEPLOYMENTS, null)).isEqualTo(Variant.LEGACY);
        flags.disable(Feature.PACKAGES);
        assertThat(flags.variant(Feature.PACKAGES, null)).isEqualTo(Variant.LEGACY);
    }

    @Test
    void letsTheRequestHeaderChooseWhateverTheFlagsSay() {
        FeatureFlags flags = new FeatureFlags();
        flags.enable(Feature.UPLOADS);

        assertThat(flags.variant(Feature.UPLOADS, "legacy")).isEqualTo(Variant.LEGACY);
        assertThat(flags.variant(Feature.PACKAGES, " Fixed ")).isEqualTo(Variant.FIXED);
    }

    @Test
    void refusesAHeaderThatNamesNoVariant() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FeatureFlags().variant(Feature.PACKAGES, "new"))
                .withMessage("X-Feature-Variant must be legacy or fixed: new");
    }

    @Test
    void readsTheFlagsOnFromTheSystemProperty() {
        String before = System.getProperty(FeatureFlags.PROPERTY);
        System.setProperty(FeatureFlags.PROPERTY, "packages_fixed, uploads_fixed");
        try {
            FeatureFlags flags = FeatureFlags.fromSystemProperty();

            assertThat(flags.globalVariant(Feature.PACKAGES)).isEqualTo(Variant.FIXED);
            assertThat(flags.globalVariant(Feature.DEPLOYMENTS)).isEqualTo(Variant.LEGACY);
            assertThat(flags.globalVariant(Feature.UPLOADS)).isEqualTo(Variant.FIXED);
        } finally {
            if (before == null) {
                System.clearProperty(FeatureFlags.PROPERTY);
            } else {
                System.setProperty(FeatureFlags.PROPERTY, before);
            }
        }
    }

    @Test
    void refusesAnUnknownFlag() {
        assertThatIllegalArgumentException().isThrownBy(() -> Feature.ofFlag("packages_faster"))
                .withMessage("Unknown feature flag 'packages_faster': choose packages_fixed, deployments_fixed,"
                        + " uploads_fixed");
    }
}
