package dev.queryguard.sample.support;

import dev.queryguard.sample.SampleApp;
import dev.queryguard.sample.db.DatabaseKind;
import dev.queryguard.sample.flags.FeatureFlags;
import dev.queryguard.sample.seed.SeedPlan;
import dev.queryguard.sample.seed.Seeded;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.EnumMap;
import java.util.Map;

/**
 * One running sample app per database for the whole test run, each seeded first with {@link #STANDARD} into
 * its fresh database, so the standard project's ids are the same on H2 and PostgreSQL. Tests add projects of
 * their own beside it and never change the standard one. Kept in the root store: JUnit closes the apps, and
 * drops their databases, when the run ends. Thread-safe.
 */
public final class RunningApps implements AutoCloseable {

    /** The project every app starts with: {@link SeedPlan#small} of key {@code acme}. */
    public static final SeedPlan STANDARD = SeedPlan.small("acme");

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunningApps.class);

    private final Map<DatabaseKind, Running> apps = new EnumMap<>(DatabaseKind.class);

    /** The apps of the run that {@code context} belongs to. */
    public static RunningApps of(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(RunningApps.class, key -> new RunningApps(), RunningApps.class);
    }

    /** The app on {@code kind}, started (and seeded with {@link #STANDARD}) on first use. */
    public synchronized SampleApp app(DatabaseKind kind) {
        return running(kind).app();
    }

    /** What {@link #STANDARD} created in the app on {@code kind}. */
    public synchronized Seeded standard(DatabaseKind kind) {
        return running(kind).standard();
    }

    private Running running(DatabaseKind kind) {
        return apps.computeIfAbsent(kind, key -> {
            // Flags off: a request chooses its variant with the header.
            SampleApp app = SampleApp.start(key, 0, new FeatureFlags());
            return new Running(app, app.seeder().seed(STANDARD));
        });
    }

    @Override
    public synchronized void close() {
        apps.values().forEach(running -> running.app().close());
        apps.clear();
    }

    private record Running(SampleApp app, Seeded standard) {
    }
}
