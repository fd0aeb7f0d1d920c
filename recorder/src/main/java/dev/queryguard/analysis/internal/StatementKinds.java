package dev.queryguard.analysis.internal;

import dev.queryguard.analysis.StatementKind;
import net.sf.jsqlparser.statement.Commit;
import net.sf.jsqlparser.statement.CreateFunctionalStatement;
import net.sf.jsqlparser.statement.PurgeStatement;
import net.sf.jsqlparser.statement.RollbackStatement;
import net.sf.jsqlparser.statement.SavepointStatement;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.execute.Execute;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.insert.InsertBulk;
import net.sf.jsqlparser.statement.merge.Merge;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.Values;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.upsert.Upsert;

import java.util.List;

/**
 * Decides a parsed statement's kind from its parse tree: {@code WITH ... SELECT} is a {@code SELECT},
 * {@code WITH ... DELETE} a {@code DELETE}, {@code DROP} is DDL.
 */
public final class StatementKinds {

    /** JSqlParser keeps its DDL statements in these packages (ALTER SESSION included: it starts with ALTER). */
    private static final List<String> DDL_PACKAGES = List.of(
            "net.sf.jsqlparser.statement.create", "net.sf.jsqlparser.statement.alter",
            "net.sf.jsqlparser.statement.drop", "net.sf.jsqlparser.statement.truncate",
            "net.sf.jsqlparser.statement.comment", "net.sf.jsqlparser.statement.grant",
            "net.sf.jsqlparser.statement.role");

    private StatementKinds() {
    }

    /** Returns the kind of a parsed statement. */
    public static StatementKind kindOf(Statement statement) {
        if (statement instanceof Values) {
            return StatementKind.OTHER;
        }
        if (statement instanceof Select) {
            return StatementKind.SELECT;
        }
        if (statement instanceof Insert || statement instanceof Upsert || statement instanceof InsertBulk) {
            return StatementKind.INSERT;
        }
        if (statement instanceof Update) {
            return StatementKind.UPDATE;
        }
        if (statement instanceof Delete) {
            return StatementKind.DELETE;
        }
        if (statement instanceof Merge) {
            return StatementKind.MERGE;
        }
        if (statement instanceof Execute) {
            return StatementKind.CALL;
        }
        if (statement instanceof Commit || statement instanceof RollbackStatement
                || statement instanceof SavepointStatement) {
            return StatementKind.TRANSACTION;
        }
        if (statement instanceof CreateFunctionalStatement || statement instanceof PurgeStatement
                || isDdlPackage(statement.getClass().getPackageName())) {
            return StatementKind.DDL;
        }
        return StatementKind.OTHER;
    }

    private static boolean isDdlPackage(String packageName) {
        for (String ddl : DDL_PACKAGES) {
            if (packageName.equals(ddl) || packageName.startsWith(ddl + ".")) {
                return true;
            }
        }
        return false;
    }
}
