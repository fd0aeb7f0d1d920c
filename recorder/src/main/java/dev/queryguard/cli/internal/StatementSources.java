package dev.queryguard.cli.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Chooses how to read an input: as a p6spy log, one statement per line, or as a script split at {@code ;}. */
public final class StatementSources {

    /** Characters looked at to recognize a p6spy log; the input is read again from its start afterwards. */
    static final int SNIFF_CHARS = 1 << 20;
    /** Non-blank lines looked at to recognize a p6spy log. */
    static final int SNIFF_LINES = 100;

    private StatementSources() {
    }

    /**
     * Returns the statements of {@code reader}. A p6spy log is recognized whatever {@code lines} says,
     * because its lines are not SQL.
     */
    public static StatementSource of(BufferedReader reader, boolean lines) throws IOException {
        if (isP6spyLog(reader)) {
            return new P6spyLog(reader);
        }
        return lines ? new LineStatements(reader) : new StatementSplitter(reader);
    }

    /**
     * Whether the input starts like a p6spy log, judged on its first lines; the reader is put back at its
     * start. When not even one line fits in what is looked at, the start of the first line decides, so that
     * a log whose first statement is huge is still recognized.
     */
    private static boolean isP6spyLog(BufferedReader reader) throws IOException {
        reader.mark(SNIFF_CHARS);
        char[] buffer = new char[SNIFF_CHARS];
        int length = 0;
        int read;
        while (length < buffer.length && (read = reader.read(buffer, length, buffer.length - length)) >= 0) {
            length += read;
        }
        reader.reset();
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < length && lines.size() < SNIFF_LINES; i++) {
            char c = buffer[i];
            if (c == '\n' || c == '\r') {
                addNonBlank(lines, new String(buffer, start, i - start));
                if (c == '\r' && i + 1 < length && buffer[i + 1] == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        String rest = new String(buffer, start, length - start);
        if (length < buffer.length) {
            addNonBlank(lines, rest);
        } else if (lines.isEmpty()) {
            return P6spyLine.startsLikeP6spy(rest);
        }
        return P6spyLog.isP6spyLog(lines);
    }

    private static void addNonBlank(List<String> lines, String line) {
        if (!line.isBlank() && lines.size() < SNIFF_LINES) {
            lines.add(line);
        }
    }
}
