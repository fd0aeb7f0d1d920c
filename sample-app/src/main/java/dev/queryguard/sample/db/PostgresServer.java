package dev.queryguard.sample.db;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * The PostgreSQL server the sample app creates its databases on, chosen once per JVM and logged: the one named
 * by {@value Database#POSTGRES_URL}; else the machine's local server on 127.0.0.1:5432; else, where a Docker
 * engine runs (a developer's laptop), a PostgreSQL 15 container started by Testcontainers.
 *
 * @param url      the JDBC URL of a database where {@code CREATE DATABASE} may run
 * @param user     the user
 * @param password the password, or {@code null}
 * @param origin   how it was chosen, for the log
 */
record PostgresServer(String url, String user, String password, String origin) {

    private static final int LOCAL_PORT = 5432;
    private static final int CONNECT_TIMEOUT_MILLIS = 500;
    private static final System.Logger LOG = System.getLogger(PostgresServer.class.getName());

    private static PostgresServer chosen;

    static synchronized PostgresServer get() {
        if (chosen == null) {
            chosen = choose();
            LOG.log(System.Logger.Level.INFO, "Sample app PostgreSQL: {0} ({1})", chosen.url(), chosen.origin());
        }
        return chosen;
    }

    private static PostgresServer choose() {
        String configured = System.getProperty(Database.POSTGRES_URL);
        String user = System.getProperty(Database.POSTGRES_USER, "postgres");
        String password = System.getProperty(Database.POSTGRES_PASSWORD);
        if (configured != null) {
            return new PostgresServer(configured, user, password, "set by " + Database.POSTGRES_URL);
        }
        if (localServerListens() || !Containers.dockerAvailable()) {
            return new PostgresServer(Database.DEFAULT_POSTGRES_URL, user, password, "the machine's local server");
        }
        return Containers.start();
    }

    private static boolean localServerListens() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", LOCAL_PORT), CONNECT_TIMEOUT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Kept apart so Testcontainers is touched only when no local server listens. */
    private static final class Containers {

        static boolean dockerAvailable() {
            try {
                return DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                return false;
            }
        }

        // A plain container rather than Testcontainers' JDBC module, whose jdbc:tc: driver every DriverManager
        // user would load.
        @SuppressWarnings("resource") // Testcontainers' Ryuk stops the container when the JVM ends.
        static PostgresServer start() {
            GenericContainer<?> container = new GenericContainer<>("postgres:15-alpine")
                    .withEnv("POSTGRES_PASSWORD", "postgres")
                    .withExposedPorts(LOCAL_PORT)
                    .waitingFor(Wait.forLogMessage(".*database system is ready to accept connections.*\\n", 2));
            container.start();
            String url = "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(LOCAL_PORT)
                    + "/postgres";
            return new PostgresServer(url, "postgres", "postgres",
                    "a Testcontainers container, as no server listens on 127.0.0.1:5432");
        }
    }
}
