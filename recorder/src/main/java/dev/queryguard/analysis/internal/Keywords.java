package dev.queryguard.analysis.internal;

import java.util.Set;

/**
 * The keywords that never name a table or an alias. The tolerant scan stops at them, and the lexer uses them to
 * tell a unary minus ({@code = -1}) from a binary one ({@code a -1}) and {@code [name]} from {@code a[1]}.
 */
final class Keywords {

    private static final Set<String> RESERVED = Set.of(
            "select", "from", "where", "join", "inner", "left", "right", "full", "outer", "cross", "natural",
            "lateral", "apply", "on", "using", "as", "set", "values", "default", "only", "of", "skip", "nowait",
            "locked", "with", "recursive", "group", "order", "by", "having", "limit", "offset", "fetch", "union",
            "intersect", "except", "minus", "all", "any", "some", "distinct", "and", "or", "not", "in", "exists",
            "between", "like", "ilike", "similar", "is", "null", "true", "false", "case", "when", "then", "else",
            "end", "returning", "for", "into", "update", "delete", "insert", "merge", "table", "do", "nothing",
            "conflict", "window", "partition", "over", "asc", "desc", "nulls", "matched", "cascade", "restrict",
            "call", "exec", "execute", "begin", "commit", "rollback", "create", "drop", "alter", "truncate",
            "grant", "revoke", "interval", "cast", "escape", "collate", "tablesample", "qualify", "top",
            "straight_join", "return", "returns", "if", "array");

    private Keywords() {
    }

    static boolean isReserved(String lowerCaseWord) {
        return RESERVED.contains(lowerCaseWord);
    }
}
