package dev.queryguard.analysis.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders the fingerprint of a SQL text from its tokens: executions of one statement shape share it whatever
 * their literals, bind values, IN-list lengths and multi-row batch sizes. A pure text transform, stable across
 * runs and JVMs.
 *
 * <ul>
 *   <li>literals and bind markers are {@code ?}; {@code TRUE}, {@code FALSE} and {@code NULL} stay words;</li>
 *   <li>{@code IN (?, ?, ?)} and {@code IN (1, 2)}, row values included, become {@code in (...)};</li>
 *   <li>{@code VALUES (?, ?), (?, ?)} whose rows are all alike becomes {@code values (?, ?), ...}: one row shows
 *       the shape, the ellipsis that there were more;</li>
 *   <li>comments are dropped, words and quoted identifiers lower-cased and unquoted;</li>
 *   <li>white space is one space where the text had any, none just inside parentheses or before a comma;</li>
 *   <li>trailing semicolons are dropped.</li>
 * </ul>
 */
public final class Fingerprint {

    private final List<SqlToken> tokens;
    private final StringBuilder out = new StringBuilder();
    private SqlToken previous;

    private Fingerprint(List<SqlToken> tokens) {
        this.tokens = tokens;
    }

    /** Returns the fingerprint of the text {@code tokens} came from. */
    public static String of(List<SqlToken> tokens) {
        int end = tokens.size();
        while (end > 0 && tokens.get(end - 1).is(";")) {
            end--;
        }
        Fingerprint fingerprint = new Fingerprint(tokens);
        fingerprint.render(0, end);
        return fingerprint.out.toString();
    }

    private void render(int from, int to) {
        for (int i = from; i < to; i++) {
            SqlToken token = tokens.get(i);
            if (token.isWord("in") && i + 1 < to && tokens.get(i + 1).is("(")) {
                int close = valueListEnd(i + 1, to);
                if (close > 0) {
                    append(token, token.text());
                    append(tokens.get(i + 1), "(...)");
                    previous = tokens.get(close);
                    i = close;
                    continue;
                }
            }
            if (token.isWord("values") && i + 1 < to && tokens.get(i + 1).is("(")) {
                int end = collapsedRows(i + 1, to);
                if (end > 0) {
                    append(token, token.text());
                    int firstClose = matching(i + 1, to);
                    render(i + 1, firstClose + 1);
                    out.append(", ...");
                    i = end;
                    continue;
                }
            }
            append(token, token.text());
        }
    }

    private void append(SqlToken token, String text) {
        boolean space = token.spaceBefore() && previous != null && !previous.is("(")
                && !token.is(")") && !token.is(",");
        if (space) {
            out.append(' ');
        }
        out.append(text);
        previous = token;
    }

    /** The index of the {@code )} closing the list at {@code open} if it holds only values, else -1. */
    private int valueListEnd(int open, int to) {
        int depth = 0;
        boolean sawValue = false;
        for (int i = open; i < to; i++) {
            SqlToken token = tokens.get(i);
            if (token.is("(")) {
                depth++;
            } else if (token.is(")")) {
                if (--depth == 0) {
                    return sawValue ? i : -1;
                }
            } else if (token.isValue()) {
                sawValue = true;
            } else if (!token.is(",")) {
                return -1;
            }
        }
        return -1;
    }

    /** The index of the {@code )} matching the {@code (} at {@code open}, or -1. */
    private int matching(int open, int to) {
        int depth = 0;
        for (int i = open; i < to; i++) {
            if (tokens.get(i).is("(")) {
                depth++;
            } else if (tokens.get(i).is(")") && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The index of the last row's {@code )} when {@code VALUES} has two or more rows that all render alike,
     * else -1.
     */
    private int collapsedRows(int open, int to) {
        List<String> rows = new ArrayList<>();
        int at = open;
        int last = -1;
        while (at < to && tokens.get(at).is("(")) {
            int close = matching(at, to);
            if (close < 0) {
                return -1;
            }
            rows.add(Fingerprint.of(tokens.subList(at, close + 1)));
            last = close;
            if (close + 2 < to && tokens.get(close + 1).is(",") && tokens.get(close + 2).is("(")) {
                at = close + 2;
            } else {
                break;
            }
        }
        if (rows.size() < 2 || rows.stream().distinct().count() != 1) {
            return -1;
        }
        return last;
    }
}
