package dev.queryguard.analysis.internal;

import java.util.Objects;

/**
 * One token of a SQL text, already normalized: words and quoted identifiers in lower case without quotes,
 * literals and bind markers as {@code ?}.
 *
 * @param type        what kind of token it is
 * @param text        the normalized text
 * @param spaceBefore whether white space or a comment separated it from the previous token
 */
public record SqlToken(Type type, String text, boolean spaceBefore) {

    /** The kinds of tokens the lexer tells apart. */
    public enum Type {
        /** A keyword or unquoted identifier, lower-cased. */
        WORD,
        /** A quoted identifier ({@code "x"}, {@code `x`}, {@code [x]}), unquoted and lower-cased. */
        QUOTED,
        /** A string, number or dollar-quoted literal, as {@code ?}. */
        LITERAL,
        /** A JDBC {@code ?} or PostgreSQL {@code $1} bind marker, as {@code ?}. */
        PARAM,
        /** One of {@code ( ) , . ; [ ] { }}. */
        PUNCT,
        /** Any other symbol or operator ({@code =}, {@code <>}, {@code ::}, {@code ->>}...). */
        OPERATOR
    }

    public SqlToken {
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(text, "text must not be null");
    }

    /** Whether this is the punctuation or operator {@code symbol}. */
    public boolean is(String symbol) {
        return (type == Type.PUNCT || type == Type.OPERATOR) && text.equals(symbol);
    }

    /** Whether this is the unquoted word {@code word} (lower case). */
    public boolean isWord(String word) {
        return type == Type.WORD && text.equals(word);
    }

    /** Whether this is a literal or a bind marker, both printed as {@code ?}. */
    public boolean isValue() {
        return type == Type.LITERAL || type == Type.PARAM;
    }

    /** Whether this can name a table or alias: a quoted identifier, or a word that is not a reserved keyword. */
    public boolean isName() {
        return type == Type.QUOTED || type == Type.WORD && !Keywords.isReserved(text);
    }
}
