package dev.queryguard.sample;

import dev.queryguard.sample.db.Database;
import dev.queryguard.sample.db.DatabaseKind;
import dev.queryguard.sample.db.SessionFactories;
import dev.queryguard.sample.flags.FeatureFlags;
import dev.queryguard.sample.http.ApiServer;
import dev.queryguard.sample.http.Router;
import dev.queryguard.sample.packages.PackagesApi;
import dev.queryguard.sample.seed.Seeder;
import org.hibernate.SessionFactory;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The sample app, assembled: a fresh {@link Database} (migrated, every statement recorded by QueryGuard),
 * Hibernate over it, the feature flags, and the API on the loopback address. {@link #close()} stops the server
 * and drops the database. Thread-safe.
 *
 * <pre>{@code
 * try (SampleApp app = SampleApp.start(DatabaseKind.H2, 0)) {
 *     Seeded seeded = app.seeder().seed(SeedPlan.small("acme"));
 *     // GET app.baseUri() + "/api/v4/projects/" + seeded.projectId() + "/packages"
 * }
 * }</pre>
 */
public final class SampleApp implements AutoCloseable {

    // Hibernate logs through java.util.logging here; kept referenced so the level stays.
    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

    private final Database database;
    private final SessionFactory sessionFactory;
    private final FeatureFlags flags;
    private final Seeder seeder;
    private final ApiServer server;

    private SampleApp(Database database, SessionFactory sessionFactory, FeatureFlags flags, ApiServer server) {
        this.database = database;
        this.sessionFactory = sessionFactory;
        this.flags = flags;
        this.seeder = new Seeder(sessionFactory);
        this.server = server;
    }

    /** Starts the app on a fresh database of {@code kind}, serving on 127.0.0.1 at {@code port} (0: any free). */
    public static SampleApp start(DatabaseKind kind, int port) {
        return start(kind, port, FeatureFlags.fromSystemProperty());
    }

    public static SampleApp start(DatabaseKind kind, int port, FeatureFlags flags) {
        HIBERNATE_LOG.setLevel(Level.WARNING);
        List<AutoCloseable> started = new ArrayList<>();
        try {
            Database database = Database.create(kind);
            started.add(database);
            SessionFactory sessionFactory = SessionFactories.build(database);
            started.add(0, sessionFactory);
            Router router = new Router();
            new PackagesApi(sessionFactory, flags).routes(router);
            ApiServer server = ApiServer.start(router, port);
            return new SampleApp(database, sessionFactory, flags, server);
        } catch (RuntimeException | Error e) {
            for (AutoCloseable closeable : started) {
                try {
                    closeable.close();
                } catch (Exception suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
    }

    /** {@code http://127.0.0.1:<port>}. */
    public URI baseUri() {
        return server.baseUri();
    }

    public Database database() {
        return database;
    }

    public SessionFactory sessionFactory() {
        return sessionFactory;
    }

    public FeatureFlags flags() {
        return flags;
    }

    public Seeder seeder() {
        return seeder;
    }

    @Override
    public void close() {
        server.close();
        sessionFactory.close();
        database.close();
    }
}
