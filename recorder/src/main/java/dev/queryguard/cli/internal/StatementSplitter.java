package dev.queryguard.cli.internal;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits a SQL script into statements at each {@code ;} that is outside quotes and comments. Not thread-safe.
 *
 * <p>It knows single-quoted strings ({@code ''} inside is a quote), double-quoted identifiers, back-ticks,
 * {@code --} line comments, slash-star block comments (not nested, as in most databases) and PostgreSQL
 * dollar quotes ({@code $$...$$}, {@code $tag$...$tag$}). Comments before a statement's first token belong to
 * no statement: they are dropped, and the statement's line is that of its first token. Backslash escapes
 * ({@code E'\''}, MySQL strings) are not understood: standard SQL doubles the quote instead.
 */
public final class StatementSplitter implements StatementSource {

    private static final int NONE = -2;
    private static final int EOF = -1;

    private final Reader reader;
    private int peeked = NONE;
    private int line = 1;
    private boolean lastWasCr;

    /** Creates a splitter over {@code reader}, which should be buffered: it is read a character at a time. */
    public StatementSplitter(Reader reader) {
        this.reader = reader;
    }

    @Override
    public SourceStatement next() throws IOException {
        StringBuilder sql = new StringBuilder();
        int startLine = 0;
        for (int c = read(); c != EOF; c = read()) {
            if (startLine == 0) {
                if (Character.isWhitespace(c)) {
                    continue;
                }
                if (skipComment(c)) {
                    continue;
                }
                if (c == ';') {
                    continue;
                }
                startLine = line;
            }
            if (c == ';') {
                return statement(startLine, sql);
            }
            sql.append((char) c);
            switch (c) {
                case '\'', '"', '`' -> copyQuoted(c, sql);
                case '-' -> {
                    if (peek() == '-') {
                        copyLineComment(sql);
                    }
                }
                case '/' -> {
                    if (peek() == '*') {
                        copyBlockComment(sql);
                    }
                }
                case '$' -> copyDollarQuoted(sql);
                default -> {
                }
            }
        }
        return startLine == 0 ? null : statement(startLine, sql);
    }

    private static SourceStatement statement(int startLine, StringBuilder sql) {
        return new SourceStatement(startLine, sql.toString().strip());
    }

    /** Consumes a comment that starts with {@code c} before a statement, and says whether there was one. */
    private boolean skipComment(int c) throws IOException {
        if (c == '-' && peek() == '-') {
            copyLineComment(new StringBuilder());
            return true;
        }
        if (c == '/' && peek() == '*') {
            copyBlockComment(new StringBuilder());
            return true;
        }
        return false;
    }

    /** Copies up to the closing quote; a doubled quote closes and reopens, which keeps it inside. */
    private void copyQuoted(int quote, StringBuilder sql) throws IOException {
        for (int c = read(); c != EOF; c = read()) {
            sql.append((char) c);
            if (c == quote) {
                return;
            }
        }
    }

    private void copyLineComment(StringBuilder sql) throws IOException {
        for (int c = read(); c != EOF; c = read()) {
            sql.append((char) c);
            if (c == '\n' || c == '\r') {
                return;
            }
        }
    }

    private void copyBlockComment(StringBuilder sql) throws IOException {
        sql.append((char) read());
        for (int c = read(); c != EOF; c = read()) {
            sql.append((char) c);
            if (c == '*' && peek() == '/') {
                sql.append((char) read());
                return;
            }
        }
    }

    /**
     * Copies a dollar-quoted string when the {@code $} just copied opens one. A {@code $} right after an
     * identifier character belongs to the identifier, and {@code $1} is a parameter: neither opens a quote.
     */
    private void copyDollarQuoted(StringBuilder sql) throws IOException {
        int dollar = sql.length() - 1;
        if (dollar > 0 && (isTagPart(sql.charAt(dollar - 1)) || sql.charAt(dollar - 1) == '$')) {
            return;
        }
        if (peek() != '$' && !isTagStart(peek())) {
            return;
        }
        while (isTagPart(peek())) {
            sql.append((char) read());
        }
        if (peek() != '$') {
            return;
        }
        sql.append((char) read());
        String tag = sql.substring(dollar);
        int bodyStart = sql.length();
        for (int c = read(); c != EOF; c = read()) {
            sql.append((char) c);
            if (c == '$' && endsWith(sql, tag, bodyStart)) {
                return;
            }
        }
    }

    /** Whether {@code sql} ends with {@code tag} placed wholly at or after {@code from}. */
    private static boolean endsWith(StringBuilder sql, String tag, int from) {
        int start = sql.length() - tag.length();
        if (start < from) {
            return false;
        }
        for (int i = 0; i < tag.length(); i++) {
            if (sql.charAt(start + i) != tag.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTagStart(int c) {
        return c >= 0 && (Character.isLetter(c) || c == '_');
    }

    private static boolean isTagPart(int c) {
        return c >= 0 && (Character.isLetterOrDigit(c) || c == '_');
    }

    private int peek() throws IOException {
        if (peeked == NONE) {
            peeked = reader.read();
        }
        return peeked;
    }

    /** Reads one character, counting lines the way {@link java.io.BufferedReader#readLine()} ends them. */
    private int read() throws IOException {
        int c = peek();
        peeked = NONE;
        if (c == '\n' && !lastWasCr || c == '\r') {
            line++;
        }
        lastWasCr = c == '\r';
        return c;
    }
}
