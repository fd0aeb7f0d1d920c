package dev.queryguard.analysis.internal;

import dev.queryguard.analysis.internal.SqlToken.Type;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits SQL text into normalized {@link SqlToken}s without parsing it, so that fingerprints, leading keywords
 * and the tolerant table scan work the same for SQL the parser cannot read. Never throws.
 *
 * <p>Comments ({@code --}, nested {@code /* *\/}) become white space. Strings ({@code 'a''b'}, {@code E'\''},
 * {@code N'x'}, {@code $$x$$}, {@code $tag$x$tag$}) and numbers become {@code ?} literals, a sign in front of a
 * number included; JDBC {@code ?} and PostgreSQL {@code $1} become {@code ?} markers. Identifiers quoted with
 * {@code "}, back-ticks or brackets lose their quotes; every word is lower-cased. Backslashes escape quotes only
 * in {@code E'...'} strings, as in standard SQL and PostgreSQL.
 */
public final class SqlLexer {

    private static final String PUNCTUATION = "(),.;[]{}";
    private static final List<String> OPERATORS = List.of(
            "->>", "#>>", "!~~", "~~*", "!~*", "<=>", "<->",
            "<=", ">=", "<>", "!=", "==", "||", "::", "->", "#>", "@>", "<@", "&&", "<<", ">>", ":=", "=>",
            "!~", "~*", "~~", "??", "@@");

    private final String sql;
    private final List<SqlToken> tokens = new ArrayList<>();
    private int pos;
    private boolean space;

    private SqlLexer(String sql) {
        this.sql = sql;
    }

    /** Returns the tokens of {@code sql}, in order. */
    public static List<SqlToken> tokenize(String sql) {
        SqlLexer lexer = new SqlLexer(sql);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
                space = true;
            } else if (c == '-' && peek(1) == '-') {
                int end = sql.indexOf('\n', pos);
                pos = end < 0 ? sql.length() : end;
                space = true;
            } else if (c == '/' && peek(1) == '*') {
                skipBlockComment();
                space = true;
            } else if (c == '\'') {
                string(false);
            } else if (c == '"' || c == '`') {
                quoted(c, c);
            } else if (c == '[' && bracketIsQuote()) {
                quoted('[', ']');
            } else if (c == '$') {
                dollar();
            } else if (c == '?') {
                if (peek(1) == '?') {
                    emit(Type.OPERATOR, "??", 2);
                } else {
                    emit(Type.PARAM, "?", 1);
                }
            } else if (isDigit(c) || c == '.' && isDigit(peek(1))) {
                number();
            } else if (Character.isLetter(c) || c == '_') {
                word();
            } else if (PUNCTUATION.indexOf(c) >= 0) {
                emit(Type.PUNCT, String.valueOf(c), 1);
            } else {
                operator();
            }
        }
    }

    private char peek(int ahead) {
        int at = pos + ahead;
        return at < sql.length() ? sql.charAt(at) : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void emit(Type type, String text, int length) {
        tokens.add(new SqlToken(type, text, space));
        space = false;
        pos += length;
    }

    private void skipBlockComment() {
        int depth = 0;
        while (pos < sql.length()) {
            if (sql.startsWith("/*", pos)) {
                depth++;
                pos += 2;
            } else if (sql.startsWith("*/", pos)) {
                pos += 2;
                if (--depth == 0) {
                    return;
                }
            } else {
                pos++;
            }
        }
    }

    /** A {@code '...'} string starting at {@code pos}; an unterminated one runs to the end. */
    private void string(boolean backslashEscapes) {
        int at = pos + 1;
        while (at < sql.length()) {
            char c = sql.charAt(at);
            if (backslashEscapes && c == '\\') {
                at += 2;
            } else if (c == '\'' && at + 1 < sql.length() && sql.charAt(at + 1) == '\'') {
                at += 2;
            } else if (c == '\'') {
                at++;
                break;
            } else {
                at++;
            }
        }
        emit(Type.LITERAL, "?", Math.min(at, sql.length()) - pos);
    }

    private void quoted(char open, char close) {
        StringBuilder name = new StringBuilder();
        int at = pos + 1;
        while (at < sql.length()) {
            char c = sql.charAt(at);
            if (c == close && open != '[' && at + 1 < sql.length() && sql.charAt(at + 1) == close) {
                name.append(c);
                at += 2;
            } else if (c == close) {
                at++;
                break;
            } else {
                name.append(c);
                at++;
            }
        }
        emit(Type.QUOTED, name.toString().toLowerCase(Locale.ROOT), at - pos);
    }

    /**
     * Whether {@code [} opens a SQL Server quoted name rather than an array subscript or constructor: it must
     * close on the same line and follow a keyword, punctuation or an operator, not a name or a value.
     */
    private boolean bracketIsQuote() {
        int close = sql.indexOf(']', pos);
        if (close < 0 || close == pos + 1) {
            return false;
        }
        for (int at = pos + 1; at < close; at++) {
            char c = sql.charAt(at);
            if (c == '[' || c == '\n' || c == '\r' || c == ',') {
                return false;
            }
        }
        if (tokens.isEmpty()) {
            return true;
        }
        SqlToken previous = tokens.get(tokens.size() - 1);
        return switch (previous.type()) {
            case WORD -> Keywords.isReserved(previous.text()) && !previous.text().equals("array");
            case PUNCT -> previous.is("(") || previous.is(",") || previous.is(".");
            case OPERATOR -> true;
            default -> false;
        };
    }

    private void dollar() {
        if (isDigit(peek(1))) {
            int at = pos + 1;
            while (at < sql.length() && isDigit(sql.charAt(at))) {
                at++;
            }
            emit(Type.PARAM, "?", at - pos);
            return;
        }
        int tagEnd = pos + 1;
        while (tagEnd < sql.length() && (Character.isLetterOrDigit(sql.charAt(tagEnd)) || sql.charAt(tagEnd) == '_')) {
            tagEnd++;
        }
        if (tagEnd < sql.length() && sql.charAt(tagEnd) == '$' && !isDigit(peek(1))) {
            String tag = sql.substring(pos, tagEnd + 1);
            int close = sql.indexOf(tag, tagEnd + 1);
            if (close >= 0) {
                emit(Type.LITERAL, "?", close + tag.length() - pos);
                return;
            }
        }
        emit(Type.OPERATOR, "$", 1);
    }

    private void number() {
        int at = pos;
        if (sql.startsWith("0x", at) || sql.startsWith("0X", at)) {
            at += 2;
            while (at < sql.length() && Character.digit(sql.charAt(at), 16) >= 0) {
                at++;
            }
        } else {
            at = digits(at);
            if (at < sql.length() && sql.charAt(at) == '.') {
                at = digits(at + 1);
            }
            if (at < sql.length() && (sql.charAt(at) == 'e' || sql.charAt(at) == 'E')) {
                int exponent = at + 1;
                if (exponent < sql.length() && (sql.charAt(exponent) == '+' || sql.charAt(exponent) == '-')) {
                    exponent++;
                }
                if (exponent < sql.length() && isDigit(sql.charAt(exponent))) {
                    at = digits(exponent);
                }
            }
        }
        absorbUnarySign();
        emit(Type.LITERAL, "?", at - pos);
    }

    private int digits(int from) {
        int at = from;
        while (at < sql.length() && isDigit(sql.charAt(at))) {
            at++;
        }
        return at;
    }

    /** Folds a unary {@code -} or {@code +} into the number after it, so {@code = -1} and {@code = 1} agree. */
    private void absorbUnarySign() {
        int last = tokens.size() - 1;
        if (last < 0 || !(tokens.get(last).is("-") || tokens.get(last).is("+")) || space) {
            return;
        }
        SqlToken before = last > 0 ? tokens.get(last - 1) : null;
        boolean unary = before == null
                || before.type() == Type.OPERATOR
                || before.is("(") || before.is(",")
                || before.type() == Type.WORD && Keywords.isReserved(before.text());
        if (unary) {
            space = tokens.remove(last).spaceBefore();
        }
    }

    private void word() {
        int at = pos;
        while (at < sql.length()) {
            char c = sql.charAt(at);
            if (!Character.isLetterOrDigit(c) && c != '_' && c != '$') {
                break;
            }
            at++;
        }
        String word = sql.substring(pos, at).toLowerCase(Locale.ROOT);
        if (at < sql.length() && sql.charAt(at) == '\'' && word.length() == 1 && "enxb".contains(word)) {
            pos = at;
            string(word.equals("e"));
        } else if (word.equals("u") && sql.startsWith("&'", at)) {
            pos = at + 1;
            string(false);
        } else {
            emit(Type.WORD, word, at - pos);
        }
    }

    private void operator() {
        for (String operator : OPERATORS) {
            if (sql.startsWith(operator, pos)) {
                emit(Type.OPERATOR, operator, operator.length());
                return;
            }
        }
        emit(Type.OPERATOR, String.valueOf(sql.charAt(pos)), 1);
    }
}
