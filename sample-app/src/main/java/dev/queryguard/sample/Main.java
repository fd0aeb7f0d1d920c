package dev.queryguard.sample;

import dev.queryguard.sample.db.DatabaseKind;
import dev.queryguard.sample.demo.DemoCommand;
import dev.queryguard.sample.seed.SeedPlan;
import dev.queryguard.sample.seed.Seeded;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

/**
 * Starts the sample app, seeds one project and serves until interrupted; or, with {@code demo} first, runs the
 * demo ({@link DemoCommand}) and exits.
 *
 * <pre>
 * java dev.queryguard.sample.Main [--db h2|postgres] [--port 8080] [--packages 3]
 * java dev.queryguard.sample.Main demo [--db h2|postgres] [--html FILE]
 * </pre>
 *
 * {@code --db} defaults to the {@value DatabaseKind#PROPERTY} system property, then to H2.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        // Hibernate would log through SLF4J, which Testcontainers brings without a binding: keep the JDK's.
        System.setProperty("org.jboss.logging.provider", "jdk");
        if (args.length > 0 && args[0].equals("demo")) {
            System.exit(DemoCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        SampleApp app = SampleApp.start(options.db(), options.port());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "sample-app-shutdown"));
        Seeded seeded = app.seeder().seed(SeedPlan.small("sample").withPackages(options.packages()));
        String project = app.baseUri() + "/api/v4/projects/" + seeded.projectId();
        System.out.println("QueryGuard sample app at " + app.baseUri() + ", database " + app.database().description());
        System.out.println("Seeded project " + seeded.projectId() + " with " + options.packages() + " packages. Try:");
        System.out.println("  curl -H 'X-Feature-Variant: legacy' '" + project + "/packages?per_page=5'");
        System.out.println("  curl -H 'X-Feature-Variant: fixed' '" + project + "/packages/"
                + (seeded.packageIds().isEmpty() ? 1 : seeded.firstPackageId()) + "/package_files'");
        System.out.println("Ctrl-C stops the server and drops the database.");
        stopped.await();
    }

    /** The command line. */
    record Options(DatabaseKind db, int port, int packages) {

        static final String USAGE = "usage: Main [--db h2|postgres] [--port 8080] [--packages 3]";

        static Options parse(String[] args) {
            DatabaseKind db = DatabaseKind.fromSystemProperty();
            int port = 8080;
            int packages = 3;
            for (int i = 0; i < args.length; i++) {
                String name = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                String value = args[++i];
                switch (name) {
                    case "--db" -> db = DatabaseKind.named(value);
                    case "--port" -> port = number(name, value);
                    case "--packages" -> packages = number(name, value);
                    default -> throw new IllegalArgumentException("Unknown option " + name);
                }
            }
            return new Options(db, port, packages);
        }

        private static int number(String name, String value) {
            try {
                int number = Integer.parseInt(value);
                if (number >= 0) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // answered below
            }
            throw new IllegalArgumentException(name + " must be a number of at least 0: " + value);
        }
    }
}
