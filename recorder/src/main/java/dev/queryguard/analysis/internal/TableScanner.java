package dev.queryguard.analysis.internal;

import dev.queryguard.analysis.JoinRef;
import dev.queryguard.analysis.JoinType;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds tables in SQL the parser could not read, from its tokens: the names after {@code FROM},
 * {@code JOIN}, {@code INTO}, {@code UPDATE}, {@code USING}, {@code MERGE INTO}, {@code TABLE} (DDL) and
 * {@code TRUNCATE}, and after each comma of a {@code FROM} or {@code USING} list, at any parenthesis depth. Common table expression names, string contents, columns and
 * aliases are not tables. Joins are reported the way the parser reports them; a join is a {@code JOIN} clause or
 * a comma of a {@code FROM} list ({@link JoinType#IMPLICIT}).
 *
 * <p>It is a heuristic. It never reads a literal's content and agrees with the parser on the statements of the
 * table and join tests, but it can miss a table the parser would find ({@code GRANT ... ON t}) and take something
 * else for one in statements it does not know ({@code COPY t FROM STDIN}).
 */
public final class TableScanner {

    private static final Set<String> FROM_FUNCTIONS = Set.of("extract", "substring", "trim", "overlay", "position");
    private static final Set<String> NOT_AN_UPDATE_STATEMENT = Set.of("for", "do", "key", "on");
    private static final Set<String> CLAUSE_ENDS = Set.of(
            "where", "group", "order", "having", "limit", "offset", "fetch", "union", "intersect", "except",
            "minus", "window", "returning", "set", "values", "select", "for", "qualify", "connect", "start");

    private final List<SqlToken> tokens;
    private final String defaultSchema;
    private final Set<String> commonTableExpressions = new HashSet<>();
    private final Set<String> tables = new LinkedHashSet<>();
    private final List<JoinRef> joins = new ArrayList<>();
    private final Deque<Frame> frames = new ArrayDeque<>();
    private boolean fromListOpens;

    /** What the scan knows about one level of parentheses. */
    private static final class Frame {
        final String function;
        boolean fromList;
        boolean expectsTable;

        Frame(String function, boolean expectsTable) {
            this.function = function;
            this.expectsTable = expectsTable;
        }
    }

    private TableScanner(List<SqlToken> tokens, String defaultSchema) {
        this.tokens = tokens;
        this.defaultSchema = defaultSchema;
    }

    /** Scans the tokens of one SQL text; {@code defaultSchema} qualifies bare names, or is {@code null}. */
    public static TouchedTables scan(List<SqlToken> tokens, String defaultSchema) {
        TableScanner scanner = new TableScanner(tokens, defaultSchema);
        scanner.collectCommonTableExpressions();
        scanner.run();
        return new TouchedTables(List.copyOf(scanner.tables), scanner.joins);
    }

    private void run() {
        frames.push(new Frame(null, false));
        int i = 0;
        while (i < tokens.size()) {
            i = step(i);
        }
    }

    /** Handles the token at {@code i} and returns the index of the next one to handle. */
    private int step(int i) {
        SqlToken token = tokens.get(i);
        Frame frame = frames.peek();
        if (token.is("(")) {
            frames.push(new Frame(i > 0 && tokens.get(i - 1).type() == SqlToken.Type.WORD
                    ? tokens.get(i - 1).text() : null, fromListOpens));
            fromListOpens = false;
            return i + 1;
        }
        fromListOpens = false;
        if (token.is(")")) {
            if (frames.size() > 1) {
                frames.pop();
            }
            return i + 1;
        }
        if (frame.expectsTable) {
            frame.expectsTable = false;
            if (token.isName()) {
                frame.fromList = true;
                return tableReference(i, null, true);
            }
        }
        if (token.is(",") && frame.fromList) {
            return tableReference(i + 1, JoinType.IMPLICIT, true);
        }
        if (token.type() != SqlToken.Type.WORD || i > 0 && tokens.get(i - 1).is(".")) {
            return i + 1;
        }
        switch (token.text()) {
            case "from" -> {
                boolean notAClause = frame.function != null && FROM_FUNCTIONS.contains(frame.function)
                        || i > 0 && tokens.get(i - 1).isWord("distinct");
                if (notAClause) {
                    return i + 1; // EXTRACT(YEAR FROM x), SUBSTRING(x FROM 2), IS DISTINCT FROM
                }
                frame.fromList = true;
                return tableReference(i + 1, null, true);
            }
            case "using" -> {
                if (i + 1 < tokens.size() && tokens.get(i + 1).is("(") && frame.fromList) {
                    return i + 1; // JOIN ... USING (columns)
                }
                frame.fromList = true;
                return tableReference(i + 1, null, true);
            }
            case "join" -> {
                frame.fromList = true;
                return tableReference(i + 1, joinType(i), true);
            }
            case "apply" -> {
                return tableReference(i + 1, JoinType.LATERAL, true);
            }
            case "into", "truncate" -> {
                return tableReference(i + 1, null, false);
            }
            case "table" -> {
                int at = i + 1;
                while (at < tokens.size() && (tokens.get(at).isWord("if") || tokens.get(at).isWord("not")
                        || tokens.get(at).isWord("exists"))) {
                    at++;
                }
                return tableReference(at, null, false);
            }
            case "update" -> {
                if (i > 0 && tokens.get(i - 1).type() == SqlToken.Type.WORD
                        && NOT_AN_UPDATE_STATEMENT.contains(tokens.get(i - 1).text())) {
                    return i + 1; // FOR UPDATE, DO UPDATE, ON DUPLICATE KEY UPDATE, ON UPDATE CASCADE
                }
                return tableReference(i + 1, null, false);
            }
            default -> {
                if (CLAUSE_ENDS.contains(token.text())) {
                    frame.fromList = false;
                }
                return i + 1;
            }
        }
    }

    /**
     * Reads the table reference starting at {@code at}: a subquery, a table function or a table name with its
     * alias. Records the table, and the join when {@code joinType} is not null.
     *
     * @param fromItem whether this is a {@code FROM} item (a name followed by {@code (} is a function) rather
     *                 than a target ({@code INSERT INTO t (columns)})
     * @return the index of the first token after the reference
     */
    private int tableReference(int at, JoinType joinType, boolean fromItem) {
        JoinType type = joinType;
        int i = at;
        while (i < tokens.size() && (tokens.get(i).isWord("only") || tokens.get(i).isWord("lateral"))) {
            if (tokens.get(i).isWord("lateral") && joinType != null) {
                type = JoinType.LATERAL;
            }
            i++;
        }
        if (i == tokens.size()) {
            return i;
        }
        if (tokens.get(i).is("(")) {
            if (type != null) {
                joins.add(new JoinRef(type, null));
            }
            fromListOpens = fromItem;
            return i;
        }
        if (!tokens.get(i).isName()) {
            return i;
        }
        List<String> parts = new ArrayList<>();
        parts.add(tokens.get(i).text());
        i++;
        while (i + 1 < tokens.size() && tokens.get(i).is(".") && isIdentifier(tokens.get(i + 1))) {
            parts.add(tokens.get(i + 1).text());
            i += 2;
        }
        if (fromItem && i < tokens.size() && tokens.get(i).is("(")) {
            if (type != null) {
                joins.add(new JoinRef(type, null));
            }
            return i; // a table function such as generate_series(...)
        }
        String table = parts.size() == 1 && commonTableExpressions.contains(parts.get(0))
                ? null
                : TableNames.qualified(parts.size() > 1 ? parts.get(parts.size() - 2) : null,
                        parts.get(parts.size() - 1), defaultSchema);
        if (table != null) {
            tables.add(table);
        }
        if (type != null) {
            joins.add(new JoinRef(type, table));
        }
        if (fromItem) {
            if (i < tokens.size() && tokens.get(i).isWord("as")) {
                i++;
            }
            if (i < tokens.size() && tokens.get(i).isName()) {
                i++;
            }
        }
        return i;
    }

    private static boolean isIdentifier(SqlToken token) {
        return token.type() == SqlToken.Type.WORD || token.type() == SqlToken.Type.QUOTED;
    }

    /** The type of the {@code JOIN} at {@code join}, from the keywords before it. */
    private JoinType joinType(int join) {
        JoinType type = JoinType.INNER;
        for (int i = join - 1; i >= 0 && i >= join - 3 && tokens.get(i).type() == SqlToken.Type.WORD; i--) {
            switch (tokens.get(i).text()) {
                case "natural" -> {
                    return JoinType.NATURAL;
                }
                case "cross" -> type = JoinType.CROSS;
                case "left" -> type = JoinType.LEFT;
                case "right" -> type = JoinType.RIGHT;
                case "full" -> type = JoinType.FULL;
                case "inner", "outer" -> {
                    // INNER JOIN is the default; OUTER only follows LEFT, RIGHT or FULL
                }
                default -> {
                    return type;
                }
            }
        }
        return type;
    }

    /** Collects the names of {@code WITH [RECURSIVE] name [(columns)] AS [[NOT] MATERIALIZED] (...)}, ... */
    private void collectCommonTableExpressions() {
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).isWord("with")) {
                continue;
            }
            int at = i + 1;
            if (at < tokens.size() && tokens.get(at).isWord("recursive")) {
                at++;
            }
            while (at < tokens.size() && tokens.get(at).isName()) {
                String name = tokens.get(at).text();
                int next = skipParentheses(at + 1);
                if (next >= tokens.size() || !tokens.get(next).isWord("as")) {
                    break;
                }
                commonTableExpressions.add(name);
                next++;
                while (next < tokens.size() && (tokens.get(next).isWord("not")
                        || tokens.get(next).isWord("materialized"))) {
                    next++;
                }
                next = skipParentheses(next);
                if (next + 1 >= tokens.size() || !tokens.get(next).is(",")) {
                    break;
                }
                at = next + 1;
            }
        }
    }

    /** Skips a parenthesized group at {@code at}, if there is one. */
    private int skipParentheses(int at) {
        if (at >= tokens.size() || !tokens.get(at).is("(")) {
            return at;
        }
        int depth = 0;
        for (int i = at; i < tokens.size(); i++) {
            if (tokens.get(i).is("(")) {
                depth++;
            } else if (tokens.get(i).is(")") && --depth == 0) {
                return i + 1;
            }
        }
        return tokens.size();
    }
}
