package dev.queryguard.junit;

import dev.queryguard.QueryGuard;
import dev.queryguard.config.QueryGuardConfig;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.util.Map;
import java.util.function.Supplier;

/** Runs fixtures under a QueryGuard system property, restoring the recorder's configuration afterwards. */
public final class SystemSettings {

    private SystemSettings() {
    }

    public static EngineExecutionResults with(String key, String value, Supplier<EngineExecutionResults> run) {
        return with(Map.of(key, value), run);
    }

    public static EngineExecutionResults with(Map<String, String> properties, Supplier<EngineExecutionResults> run) {
        properties.forEach(System::setProperty);
        try {
            return run.get();
        } finally {
            properties.keySet().forEach(System::clearProperty);
            // The extension configured the recorder with the properties: later tests must not inherit them.
            QueryGuard.configure(QueryGuardConfig.load());
        }
    }
}
