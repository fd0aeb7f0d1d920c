package dev.queryguard.cli.internal;

import dev.queryguard.analysis.StatementAnalysis;
import dev.queryguard.config.QueryGuardConfig;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Runs {@code analyze}: reads the statements, prints one JSON line for each and decides the exit status.
 * Thread-safe: each run has its own state.
 */
public final class AnalyzeCommand {

    /** Exit status when every statement was printed. */
    public static final int OK = 0;
    /** Exit status when {@code --fail-on-cross-schema} is given and a statement crosses schema groups. */
    public static final int CROSSES_SCHEMA = 1;
    /** Exit status for bad usage, an unreadable input or a bad configuration file. */
    public static final int USAGE = 2;

    private static final int BUFFER_CHARS = 1 << 16;

    private AnalyzeCommand() {
    }

    /** Runs the command for {@code arguments}, reading standard input from {@code stdin} when no file is named. */
    public static int run(Arguments arguments, InputStream stdin, PrintStream out, PrintStream err)
            throws UsageException {
        Path input = arguments.input();
        String inputName = input == null ? "standard input" : input.toString();
        try (InputStream file = input == null ? null : open(input)) {
            QueryGuardConfig config = arguments.config() == null
                    ? QueryGuardConfig.defaults()
                    : QueryGuardConfig.load(arguments.config());
            BufferedReader reader = new BufferedReader(
                    new InputStreamReader(file == null ? stdin : file, StandardCharsets.UTF_8), BUFFER_CHARS);
            CrossSchemaSummary summary = analyze(skipByteOrderMark(reader), arguments.lines(), config, out);
            if (arguments.failOnCrossSchema() && summary.anyCrossing()) {
                out.flush();
                err.println(summary.message());
                return CROSSES_SCHEMA;
            }
            return OK;
        } catch (IOException e) {
            throw new UsageException("cannot read " + inputName + ": " + e.getMessage());
        }
    }

    private static CrossSchemaSummary analyze(BufferedReader reader, boolean lines, QueryGuardConfig config,
            PrintStream out) throws IOException {
        StreamingAnalyzer analyzer = new StreamingAnalyzer(config);
        CrossSchemaSummary summary = new CrossSchemaSummary();
        StatementSource statements = StatementSources.of(reader, lines);
        for (SourceStatement statement = statements.next(); statement != null; statement = statements.next()) {
            StatementAnalysis analysis = analyzer.analyze(statement.sql());
            out.print(AnalysisJson.of(statement, analysis));
            out.print('\n');
            summary.add(statement.line(), analysis.crossSchema());
        }
        return summary;
    }

    private static InputStream open(Path input) throws UsageException {
        if (Files.isDirectory(input)) {
            throw new UsageException("input file is a directory: " + input);
        }
        try {
            return Files.newInputStream(input);
        } catch (NoSuchFileException e) {
            throw new UsageException("no such input file: " + input);
        } catch (AccessDeniedException e) {
            throw new UsageException("input file is not readable: " + input);
        } catch (IOException e) {
            throw new UsageException("cannot open input file " + input + ": " + e.getMessage());
        }
    }

    /** Drops the byte order mark some editors put first, which would otherwise start the first statement. */
    private static BufferedReader skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }
}
