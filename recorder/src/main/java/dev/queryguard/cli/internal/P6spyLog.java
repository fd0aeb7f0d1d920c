package dev.queryguard.cli.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;

/**
 * Reads the statements of a p6spy log: the prepared SQL of each {@code statement} and {@code batch} line.
 * Commits, rollbacks, results and lines in other formats are skipped. Not thread-safe.
 */
public final class P6spyLog implements StatementSource {

    private final BufferedReader reader;
    private int line;

    public P6spyLog(BufferedReader reader) {
        this.reader = reader;
    }

    /** Whether most of the non-blank {@code lines} are p6spy lines. */
    public static boolean isP6spyLog(List<String> lines) {
        long nonBlank = lines.stream().filter(text -> !text.isBlank()).count();
        long p6spy = lines.stream().filter(text -> P6spyLine.parse(text) != null).count();
        return nonBlank > 0 && p6spy * 2 > nonBlank;
    }

    @Override
    public SourceStatement next() throws IOException {
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            line++;
            P6spyLine parsed = P6spyLine.parse(text);
            if (parsed != null && parsed.isExecution() && !parsed.sql().isBlank()) {
                return new SourceStatement(line, parsed.sql().strip());
            }
        }
        return null;
    }
}
