package dev.queryguard.analysis.internal;

import net.sf.jsqlparser.statement.Statement;

import java.util.List;

/**
 * What the parser made of one SQL text: a statement, or the reason there is none.
 *
 * @param statements the parsed statements, usually one, or {@code null}
 * @param error      the short reason the text was not parsed, or {@code null}
 */
public record ParseOutcome(List<Statement> statements, String error) {

    private static final int MAX_ERROR_LENGTH = 200;

    public ParseOutcome {
        if ((statements == null) == (error == null)) {
            throw new IllegalArgumentException("exactly one of statements and error must be given");
        }
        if (statements != null) {
            statements = List.copyOf(statements);
            if (statements.isEmpty()) {
                throw new IllegalArgumentException("a parsed text has at least one statement");
            }
        }
    }

    static ParseOutcome parsed(List<Statement> statements) {
        return new ParseOutcome(statements, null);
    }

    /** A failure, with the first line of {@code reason} cut to 200 characters. */
    static ParseOutcome failed(String reason) {
        String line = reason.strip().lines().findFirst().orElse("").strip();
        if (line.length() > MAX_ERROR_LENGTH) {
            line = line.substring(0, MAX_ERROR_LENGTH - 3) + "...";
        }
        return new ParseOutcome(null, line.isEmpty() ? "not parsed" : line);
    }

    /** Whether the parser read the text. */
    public boolean isParsed() {
        return statements != null;
    }
}
