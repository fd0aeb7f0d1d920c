package dev.queryguard.analysis.internal;

import dev.queryguard.analysis.StatementKind;

import java.util.List;

/**
 * Decides a statement's kind from its leading keyword, for SQL the parser did not read. Comments and opening
 * parentheses before the keyword are skipped; {@code WITH} takes the kind of the first {@code SELECT},
 * {@code INSERT}, {@code UPDATE}, {@code DELETE} or {@code MERGE} after its common table expressions, and is a
 * {@code SELECT} when there is none; a JDBC escape {@code {call ...}} or {@code {? = call ...}} is a call;
 * PostgreSQL's {@code TABLE t} is a {@code SELECT}, as the parser reads it.
 */
public final class LeadingKeyword {

    private LeadingKeyword() {
    }

    /** Returns the kind of the statement {@code tokens} came from. */
    public static StatementKind kindOf(List<SqlToken> tokens) {
        int i = 0;
        while (i < tokens.size() && tokens.get(i).is("(")) {
            i++;
        }
        if (i == tokens.size()) {
            return StatementKind.OTHER;
        }
        SqlToken first = tokens.get(i);
        if (first.is("{")) {
            return jdbcEscapeKind(tokens, i + 1);
        }
        if (first.isWord("with")) {
            return afterCommonTableExpressions(tokens, i + 1);
        }
        return first.type() == SqlToken.Type.WORD ? kindOf(first.text()) : StatementKind.OTHER;
    }

    private static StatementKind kindOf(String keyword) {
        return switch (keyword) {
            case "select", "table" -> StatementKind.SELECT;
            case "insert", "replace", "upsert" -> StatementKind.INSERT;
            case "update" -> StatementKind.UPDATE;
            case "delete" -> StatementKind.DELETE;
            case "merge" -> StatementKind.MERGE;
            case "create", "alter", "drop", "truncate", "comment", "grant", "revoke", "rename" -> StatementKind.DDL;
            case "call", "exec", "execute" -> StatementKind.CALL;
            case "begin", "start", "commit", "rollback", "savepoint", "release", "end", "abort" ->
                    StatementKind.TRANSACTION;
            default -> StatementKind.OTHER;
        };
    }

    private static StatementKind jdbcEscapeKind(List<SqlToken> tokens, int from) {
        int i = from;
        if (i + 1 < tokens.size() && tokens.get(i).isValue() && tokens.get(i + 1).is("=")) {
            i += 2;
        }
        return i < tokens.size() && tokens.get(i).isWord("call") ? StatementKind.CALL : StatementKind.OTHER;
    }

    private static StatementKind afterCommonTableExpressions(List<SqlToken> tokens, int from) {
        int depth = 0;
        for (int i = from; i < tokens.size(); i++) {
            SqlToken token = tokens.get(i);
            if (token.is("(")) {
                depth++;
            } else if (token.is(")")) {
                depth--;
            } else if (depth == 0 && token.type() == SqlToken.Type.WORD) {
                StatementKind kind = kindOf(token.text());
                if (kind == StatementKind.SELECT || kind == StatementKind.INSERT || kind == StatementKind.UPDATE
                        || kind == StatementKind.DELETE || kind == StatementKind.MERGE) {
                    return kind;
                }
            }
        }
        return StatementKind.SELECT;
    }
}
