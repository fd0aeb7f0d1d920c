package dev.queryguard.sample.demo;

import dev.queryguard.sample.SampleApp;
import dev.queryguard.sample.db.DatabaseKind;
import dev.queryguard.sample.flags.FeatureFlags;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code java -jar queryguard-sample.jar demo [--db h2|postgres] [--html FILE]}: runs the demo on a fresh database,
 * prints the report and writes it as HTML, by default {@value #HTML_NAME} beside the jar (in
 * {@code sample-app/target}). {@code --db} defaults to the {@value DatabaseKind#PROPERTY} system property, then H2.
 * Exit status 0 when the demo ran, whatever it found (the legacy variants failing is its point); 1 when it could not
 * run; 2 for bad usage.
 */
public final class DemoCommand {

    /** The HTML report's file name. */
    public static final String HTML_NAME = "queryguard-demo.html";

    static final String USAGE = "usage: demo [--db h2|postgres] [--html FILE]";

    // The report names the database; the app's own INFO lines would only interleave with it. Kept referenced.
    private static final Logger APP_LOG = Logger.getLogger("dev.queryguard.sample");

    private DemoCommand() {
    }

    /** Runs the demo with {@code args} (those after {@code demo}); returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        DatabaseKind db;
        Path html = defaultHtml();
        try {
            db = DatabaseKind.fromSystemProperty();
            for (int i = 0; i < args.length; i++) {
                String name = args[i];
                if (!name.equals("--db") && !name.equals("--html")) {
                    throw new IllegalArgumentException("Unknown option " + name);
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                String value = args[++i];
                if (name.equals("--db")) {
                    db = DatabaseKind.named(value);
                } else {
                    html = Path.of(value);
                }
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        APP_LOG.setLevel(Level.WARNING);
        DemoReport report;
        try (SampleApp app = SampleApp.start(db, 0, new FeatureFlags())) {
            report = Demo.run(app, DemoScenarios.all());
        } catch (RuntimeException e) {
            err.println("The demo could not run: " + e.getMessage());
            e.printStackTrace(err);
            return 1;
        }
        out.print(TextReport.render(report));
        try {
            Files.createDirectories(html.toAbsolutePath().getParent());
            Files.writeString(html, HtmlReport.render(report), StandardCharsets.UTF_8);
            out.println("HTML report: " + html.toAbsolutePath().normalize());
        } catch (IOException e) {
            err.println("Could not write the HTML report to " + html + ": " + e.getMessage());
            return 1;
        }
        return 0;
    }

    /** {@value #HTML_NAME} beside the jar, or beside {@code target/classes} when run from the build's classes. */
    static Path defaultHtml() {
        try {
            Path code = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code.toAbsolutePath().getParent().resolve(HTML_NAME);
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of("sample-app", "target", HTML_NAME);
        }
    }
}
