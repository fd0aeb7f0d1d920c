package dev.queryguard.cli;

import dev.queryguard.cli.internal.AnalyzeCommand;
import dev.queryguard.cli.internal.Arguments;
import dev.queryguard.cli.internal.Usage;
import dev.queryguard.cli.internal.UsageException;
import dev.queryguard.config.ConfigException;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The QueryGuard command line tool; today its one command is {@code analyze}, which prints what each SQL
 * statement of a script or a p6spy log touches, one JSON object per line.
 *
 * <pre>
 * java -jar queryguard-cli.jar analyze --config queryguard.properties --fail-on-cross-schema spy.log
 * </pre>
 *
 * <p>Exit status: 0 done; 1 with {@code --fail-on-cross-schema} when a statement crosses schema groups;
 * 2 for bad usage, an unreadable input or a bad configuration file. Thread-safe: {@link #run} keeps no state.
 */
public final class QueryGuardCli {

    private QueryGuardCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, utf8(FileDescriptor.out), utf8(FileDescriptor.err)));
    }

    /**
     * Runs the tool with {@code args} and returns its exit status; it never exits the JVM. Standard output is
     * flushed before returning.
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        try {
            Arguments arguments = Arguments.parse(args);
            if (arguments.help()) {
                out.print(Usage.HELP);
                return AnalyzeCommand.OK;
            }
            return AnalyzeCommand.run(arguments, in, out, err);
        } catch (UsageException e) {
            err.println("queryguard: " + e.getMessage());
            err.println(Usage.LINE);
            return AnalyzeCommand.USAGE;
        } catch (ConfigException e) {
            err.println("queryguard: " + e.getMessage());
            return AnalyzeCommand.USAGE;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Encodes as UTF-8 whatever the platform's default, so that non-ASCII SQL stays intact in the JSON. */
    private static PrintStream utf8(FileDescriptor descriptor) {
        return new PrintStream(new BufferedOutputStream(new FileOutputStream(descriptor), 1 << 16), false,
                StandardCharsets.UTF_8);
    }
}
