package dev.queryguard.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One run of {@link QueryGuardCli#run} with the given standard input, and what it printed.
 *
 * @param status the exit status
 * @param out    standard output, decoded as UTF-8
 * @param err    standard error, decoded as UTF-8
 */
record CliRun(int status, String out, String err) {

    static CliRun of(String stdin, String... args) {
        return of(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    static CliRun of(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = QueryGuardCli.run(args, new ByteArrayInputStream(stdin),
                new PrintStream(out, false, StandardCharsets.UTF_8), new PrintStream(err, false, StandardCharsets.UTF_8));
        return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The lines of standard output, each one JSON object. */
    List<String> lines() {
        return out.lines().toList();
    }
}
