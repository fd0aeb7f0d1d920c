package dev.queryguard.junit.internal;

import dev.queryguard.config.ConfigException;
import dev.queryguard.config.Setting;
import dev.queryguard.junit.DetectNPlusOne;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Reads {@value DetectNPlusOne#SETTING} once per run into the root store. */
final class NPlusOneSetting {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(NPlusOneSetting.class);

    private NPlusOneSetting() {
    }

    /** Whether N+1 detection is on for every QueryGuard test of the run. */
    static boolean enabled(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(DetectNPlusOne.SETTING, key -> read(context), Boolean.class);
    }

    private static boolean read(ExtensionContext context) {
        Setting setting = ExtensionSettings.of(context).config().setting(DetectNPlusOne.SETTING).orElse(null);
        if (setting == null || setting.value().equals("false")) {
            return false;
        }
        if (setting.value().equals("true")) {
            return true;
        }
        ConfigException invalid = setting.invalid(
                DetectNPlusOne.SETTING + " must be 'true' or 'false', was '" + setting.value() + "'");
        throw new ExtensionConfigurationException("QueryGuard cannot use its configuration: " + invalid.getMessage(),
                invalid);
    }
}
