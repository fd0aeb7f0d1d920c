package dev.queryguard.cli.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The parsed command line of {@code analyze}. Immutable.
 *
 * @param help              whether help was asked for; the other values are then not read
 * @param config            the configuration file, or {@code null} for the defaults
 * @param lines             whether each non-blank line is one statement
 * @param failOnCrossSchema whether a statement that crosses schema groups makes the exit status 1
 * @param input             the input file, or {@code null} for standard input
 */
public record Arguments(boolean help, Path config, boolean lines, boolean failOnCrossSchema, Path input) {

    private static final Arguments HELP = new Arguments(true, null, false, false, null);

    /** Parses {@code args}, whose first element is the command. */
    public static Arguments parse(String... args) throws UsageException {
        if (args.length == 0) {
            throw new UsageException("missing command");
        }
        if (isHelp(args[0])) {
            return HELP;
        }
        if (!args[0].equals("analyze")) {
            throw new UsageException("unknown command '" + args[0] + "'");
        }
        String config = null;
        boolean lines = false;
        boolean failOnCrossSchema = false;
        List<String> files = new ArrayList<>();
        boolean options = true;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!options || arg.equals("-") || !arg.startsWith("-")) {
                files.add(arg);
            } else if (isHelp(arg)) {
                return HELP;
            } else if (arg.equals("--")) {
                options = false;
            } else if (arg.equals("--lines")) {
                lines = true;
            } else if (arg.equals("--fail-on-cross-schema")) {
                failOnCrossSchema = true;
            } else if (arg.equals("--config") || arg.startsWith("--config=")) {
                if (config != null) {
                    throw new UsageException("--config given twice");
                }
                if (arg.equals("--config")) {
                    if (++i == args.length) {
                        throw new UsageException("--config needs a file");
                    }
                    config = args[i];
                } else {
                    config = arg.substring("--config=".length());
                }
                if (config.isEmpty()) {
                    throw new UsageException("--config needs a file");
                }
            } else {
                throw new UsageException("unknown option '" + arg + "'");
            }
        }
        if (files.size() > 1) {
            throw new UsageException("more than one input file: " + String.join(", ", files));
        }
        Path input = files.isEmpty() || files.get(0).equals("-") ? null : path(files.get(0));
        return new Arguments(false, config == null ? null : path(config), lines, failOnCrossSchema, input);
    }

    private static boolean isHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h");
    }

    private static Path path(String name) throws UsageException {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new UsageException("not a file name: '" + name + "'");
        }
    }
}
