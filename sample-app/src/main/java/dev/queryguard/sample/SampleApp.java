package dev.queryguard.sample;

import dev.queryguard.sample.db.Database;
import dev.queryguard.sample.db.DatabaseKind;
import dev.queryguard.sample.db.SessionFactories;
import dev.queryguard.sample.deployments.DeploymentsApi;
import dev.queryguard.sample.flags.FeatureFlags;
import dev.queryguard.sample.http.ApiServer;
import dev.queryguard.sample.http.Router;
import dev.queryguard.sample.packages.PackagesApi;
import dev.queryguard.sample.seed.Seeder;
import dev.queryguard.sample.storage.ObjectStorage;
import dev.queryguard.sample.storage.ObjectStorageServer;
import dev.queryguard.sample.uploads.UploadsApi;
import org.hibernate.SessionFactory;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The sample app, assembled: a fresh {@link Database} (migrated, every statement recorded by QueryGuard),
 * Hibernate over it, the feature flags, the object storage uploads go to (an {@link ObjectStorageServer} of its
 * own unless the {@value ObjectStorage#PROPERTY} system property names another), and the API on the loopback
 * address. {@link #close()} stops the servers and drops the database. Thread-safe.
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
    private final ObjectStorage storage;
    private final ObjectStorageServer storageServer;

    private SampleApp(Database database, SessionFactory sessionFactory, FeatureFlags flags, ApiServer server,
                      ObjectStorage storage, ObjectStorageServer storageServer) {
        this.database = database;
        this.sessionFactory = sessionFactory;
        this.flags = flags;
        this.seeder = new Seeder(sessionFactory);
        this.server = server;
        this.storage = storage;
        this.storageServer = storageServer;
    }

    /** Starts the app on a fresh database of {@code kind}, serving on 127.0.0.1 at {@code port} (0: any free). */
    public static SampleApp start(DatabaseKind kind, int port) {
        return start(kind, port, FeatureFlags.fromSystemProperty());
    }

    public static SampleApp start(DatabaseKind kind, int port, FeatureFlags flags) {
        String storage = System.getProperty(ObjectStorage.PROPERTY);
        return start(kind, port, flags, storage == null || storage.isBlank() ? null : URI.create(storage.strip()));
    }

    /** Starts the app with its uploads going to the object storage at {@code storageUri}; {@code null}: its own. */
    public static SampleApp start(DatabaseKind kind, int port, FeatureFlags flags, URI storageUri) {
        HIBERNATE_LOG.setLevel(Level.WARNING);
        List<AutoCloseable> started = new ArrayList<>();
        try {
            Database database = Database.create(kind);
            started.add(database);
            SessionFactory sessionFactory = SessionFactories.build(database);
            started.add(0, sessionFactory);
            ObjectStorageServer storageServer = storageUri == null ? ObjectStorageServer.start() : null;
            if (storageServer != null) {
                started.add(0, storageServer);
            }
            ObjectStorage storage = new ObjectStorage(storageServer == null ? storageUri : storageServer.baseUri());
            Router router = new Router();
            new PackagesApi(sessionFactory, flags).routes(router);
            DeploymentsApi.register(router, sessionFactory, flags);
            UploadsApi.register(router, sessionFactory, flags, storage);
            ApiServer server = ApiServer.start(router, port);
            return new SampleApp(database, sessionFactory, flags, server, storage, storageServer);
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

    /** Where uploads store their bytes. */
    public ObjectStorage objectStorage() {
        return storage;
    }

    /** The app's own object storage, empty when {@value ObjectStorage#PROPERTY} named another. */
    public Optional<ObjectStorageServer> objectStorageServer() {
        return Optional.ofNullable(storageServer);
    }

    @Override
    public void close() {
        server.close();
        if (storageServer != null) {
            storageServer.close();
        }
        sessionFactory.close();
        database.close();
    }
}
