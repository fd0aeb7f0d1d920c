package dev.queryguard.analysis.internal;

import dev.queryguard.analysis.JoinRef;
import dev.queryguard.analysis.JoinType;
import net.sf.jsqlparser.parser.ASTNodeAccess;
import net.sf.jsqlparser.parser.Node;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.LateralSubSelect;
import net.sf.jsqlparser.statement.select.ParenthesedFromItem;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.WithItem;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.util.TablesNamesFinder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the tables and joins of a parsed statement. {@link TablesNamesFinder} walks the whole tree
 * (subqueries, expressions, CTE bodies, set operations, MERGE, INSERT ... SELECT...); this subclass records each
 * table with its position in the text, so that tables come out in order of first appearance, leaves out
 * references to common table expressions, and records joins. Not thread-safe: one instance per statement.
 *
 * <p>A join is what the SQL spells as one: a {@code JOIN} clause or a comma of a {@code FROM} or {@code USING}
 * list ({@link JoinType#IMPLICIT}); the first item of such a list is not a join.
 */
public final class TableCollector extends TablesNamesFinder<Void> {

    private static final Comparator<Found<?>> IN_TEXT_ORDER =
            Comparator.<Found<?>>comparingLong(Found::position).thenComparingInt(Found::sequence);

    private final String defaultSchema;
    private final Set<String> commonTableExpressions = new HashSet<>();
    private final List<Found<String>> tables = new ArrayList<>();
    private final List<Found<JoinRef>> joins = new ArrayList<>();
    private final Set<Join> recordedJoins = Collections.newSetFromMap(new IdentityHashMap<>());
    private int sequence;

    /** Something found at a position of the text; the sequence keeps visiting order for equal positions. */
    private record Found<T>(long position, int sequence, T value) {
    }

    private TableCollector(String defaultSchema) {
        this.defaultSchema = defaultSchema;
    }

    /**
     * Collects the tables and joins of the statements of one text.
     *
     * @throws UnsupportedOperationException for statements {@link TablesNamesFinder} does not support (CALL)
     */
    public static TouchedTables collect(List<Statement> statements, String defaultSchema) {
        TableCollector collector = new TableCollector(defaultSchema);
        for (Statement statement : statements) {
            collector.getTables(statement);
        }
        return collector.result();
    }

    private TouchedTables result() {
        tables.sort(IN_TEXT_ORDER);
        joins.sort(IN_TEXT_ORDER);
        Set<String> names = new LinkedHashSet<>();
        tables.forEach(found -> names.add(found.value()));
        return new TouchedTables(List.copyOf(names), joins.stream().map(Found::value).toList());
    }

    @Override
    public <S> Void visit(WithItem<?> withItem, S context) {
        if (withItem.getAlias() != null) {
            // before the body, so that a recursive CTE's reference to itself is not a table either
            commonTableExpressions.add(TableNames.unquote(withItem.getAlias().getName()));
        }
        return super.visit(withItem, context);
    }

    @Override
    public <S> Void visit(Table table, S context) {
        String name = nameOf(table);
        if (name != null) {
            tables.add(new Found<>(position(table), sequence++, name));
        }
        return super.visit(table, context);
    }

    @Override
    public <S> Void visit(PlainSelect select, S context) {
        recordJoins(select.getJoins());
        return super.visit(select, context);
    }

    @Override
    public <S> Void visit(ParenthesedFromItem item, S context) {
        recordJoins(item.getJoins());
        return super.visit(item, context);
    }

    @Override
    public <S> Void visit(Update update, S context) {
        recordJoins(update.getStartJoins());
        recordJoins(update.getJoins());
        return super.visit(update, context);
    }

    @Override
    public <S> Void visit(Delete delete, S context) {
        recordJoins(delete.getJoins());
        List<FromItem> using = delete.getUsingFromItemList();
        if (using != null) {
            for (FromItem item : using.subList(Math.min(1, using.size()), using.size())) {
                joins.add(new Found<>(position(item), sequence++, new JoinRef(JoinType.IMPLICIT, tableOf(item))));
            }
        }
        return super.visit(delete, context);
    }

    private void recordJoins(List<Join> list) {
        if (list == null) {
            return;
        }
        for (Join join : list) {
            // CTE bodies are walked more than once; a join is still one join
            if (recordedJoins.add(join)) {
                FromItem item = join.getFromItem();
                joins.add(new Found<>(position(item), sequence++, new JoinRef(typeOf(join), tableOf(item))));
            }
        }
    }

    private static JoinType typeOf(Join join) {
        if (join.getFromItem() instanceof LateralSubSelect || join.isApply()) {
            return JoinType.LATERAL;
        }
        if (join.isNatural()) {
            return JoinType.NATURAL;
        }
        if (join.isCross()) {
            return JoinType.CROSS;
        }
        if (join.isSimple()) {
            return JoinType.IMPLICIT;
        }
        if (join.isLeft()) {
            return JoinType.LEFT;
        }
        if (join.isRight()) {
            return JoinType.RIGHT;
        }
        return join.isFull() ? JoinType.FULL : JoinType.INNER;
    }

    private String tableOf(FromItem item) {
        return item instanceof Table table ? nameOf(table) : null;
    }

    /** The normalized name of a real table, or null for a table variable or a CTE reference. */
    private String nameOf(Table table) {
        if (table.isTableVariable() || table.getName() == null) {
            return null;
        }
        String schema = table.getSchemaName();
        boolean unqualified = schema == null || schema.isEmpty();
        if (unqualified && commonTableExpressions.contains(TableNames.unquote(table.getName()))) {
            return null;
        }
        return TableNames.qualified(schema, table.getName(), defaultSchema);
    }

    /** The line and column of a node's first token as one sortable number; last when the parser kept none. */
    private static long position(ASTNodeAccess element) {
        Node node = element == null ? null : element.getASTNode();
        Token first = node == null ? null : node.jjtGetFirstToken();
        if (first == null) {
            return Long.MAX_VALUE;
        }
        return ((long) first.beginLine << 32) | (first.beginColumn & 0xFFFF_FFFFL);
    }
}
