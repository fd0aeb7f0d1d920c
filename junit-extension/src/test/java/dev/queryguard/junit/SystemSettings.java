package dev.queryguard.junit;

import dev.queryguard.QueryGuard;
import dev.queryguard.config.QueryGuardConfig;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.util.function.Supplier;

/** Runs fixtures under a QueryGuard system property, restoring the recorder's configuration afterwards. */
public final class SystemSettings {

    private SystemSettings() {
    }

    public static EngineExecutionResults with(String key, String value, Supplier<EngineExecutionResults> run) {
        System.setProperty(key, value);
        try {
            return run.get();
        } finally {
            System.clearProperty(key);
            // The extension configured the recorder with the property: later tests must not inherit it.
            QueryGuard.configure(QueryGuardConfig.load());
        }
    }
}
