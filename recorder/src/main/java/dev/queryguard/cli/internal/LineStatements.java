package dev.queryguard.cli.internal;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Reads one statement per non-blank line ({@code --lines}). Not thread-safe.
 *
 * <p>A trailing {@code ;} is dropped so that a line gives the same text as the same statement in a script.
 */
public final class LineStatements implements StatementSource {

    private final BufferedReader reader;
    private int line;

    public LineStatements(BufferedReader reader) {
        this.reader = reader;
    }

    @Override
    public SourceStatement next() throws IOException {
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            line++;
            String sql = withoutTerminator(text.strip());
            if (!sql.isEmpty()) {
                return new SourceStatement(line, sql);
            }
        }
        return null;
    }

    private static String withoutTerminator(String sql) {
        return sql.endsWith(";") ? sql.substring(0, sql.length() - 1).strip() : sql;
    }
}
