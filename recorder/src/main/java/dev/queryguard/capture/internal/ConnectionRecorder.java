package dev.queryguard.capture.internal;

import com.p6spy.engine.common.CallableStatementInformation;
import com.p6spy.engine.common.ConnectionInformation;
import com.p6spy.engine.common.PreparedStatementInformation;
import com.p6spy.engine.common.ResultSetInformation;
import com.p6spy.engine.common.StatementInformation;
import com.p6spy.engine.event.JdbcEventListener;
import dev.queryguard.analysis.StatementAnalysis;
import dev.queryguard.recording.CallSite;
import dev.queryguard.recording.TransactionAction;
import dev.queryguard.recording.TransactionEntry;
import dev.queryguard.recording.internal.StatementCapture;
import dev.queryguard.recording.internal.ThreadBindings;
import dev.queryguard.recording.internal.WallClock;
import dev.queryguard.recording.internal.Scopes;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Listens to one connection's p6spy events: keeps the connection's transaction state and, when a recording
 * wants the current thread's entries, turns executions into captures. One instance per connection, so its
 * state needs no lock: like the connection itself, it is used by one thread at a time.
 */
final class ConnectionRecorder extends JdbcEventListener {

    private static final AtomicLong TRANSACTION_IDS = new AtomicLong();
    /** Marks {@code execute()}, whose update count is asked of the statement only when someone records. */
    private static final int UPDATE_COUNT_OF_EXECUTE = Integer.MIN_VALUE;

    private int connectionId = -1;
    private boolean autoCommit = true;
    private long transactionId;
    /** The open transaction's registration with its thread, or {@code null} when none is open. */
    private OpenTransactions.Began began;
    /**
     * When autocommit went off (or the connection was handed out without it), while no statement has run since:
     * the transaction that follows began then, for whoever asks whether it was open before a recording started
     * (a test framework's transaction wrapping the test body). {@code 0} when nothing is pending.
     */
    private long autoCommitOffNanoTime;
    private boolean rollbackToSavepoint;

    private final RecentStatements recentStatements = new RecentStatements();

    private Map<StatementInformation, List<String>> pendingBatches;

    @Override
    public void onAfterGetConnection(ConnectionInformation connection, SQLException e) {
        RecordedConnections.opened();
        connectionId = connection.getConnectionId();
        Connection raw = connection.getConnection();
        if (raw != null) {
            try {
                // A pool may hand out connections whose autocommit is already off.
                autoCommit = raw.getAutoCommit();
                // Handed out by a DataSource, the connection starts a unit of work now; opened by the driver (a
                // jdbc:p6spy: URL under a pool), it may wait in the pool long before its first transaction.
                boolean handedOut = connection.getDataSource() != null;
                autoCommitOffNanoTime = !autoCommit && handedOut ? System.nanoTime() : 0;
            } catch (SQLException unknown) {
                autoCommit = true;
            }
        }
    }

    // ---- executions

    @Override
    public void onAfterPreparedStatementSet(PreparedStatementInformation statement, int parameterIndex, Object value,
                                            SQLException e) {
        // p6spy keeps bound values only through its default listener, which QueryGuard replaces.
        statement.setParameterValue(parameterIndex, value);
    }

    @Override
    public void onAfterCallableStatementSet(CallableStatementInformation statement, String parameterName,
                                            Object value, SQLException e) {
        statement.setParameterValue(parameterName, value);
    }

    @Override
    public void onAfterExecuteQuery(PreparedStatementInformation statement, long elapsedNanos, SQLException e) {
        executed(statement, statement.getStatementQuery(), elapsedNanos, -1, e);
    }

    @Override
    public void onAfterExecuteQuery(StatementInformation statement, long elapsedNanos, String sql, SQLException e) {
        executed(statement, sql, elapsedNanos, -1, e);
    }

    @Override
    public void onAfterExecuteUpdate(PreparedStatementInformation statement, long elapsedNanos, int rowCount,
                                     SQLException e) {
        executed(statement, statement.getStatementQuery(), elapsedNanos, rowCount, e);
    }

    @Override
    public void onAfterExecuteUpdate(StatementInformation statement, long elapsedNanos, String sql, int rowCount,
                                     SQLException e) {
        executed(statement, sql, elapsedNanos, rowCount, e);
    }

    @Override
    public void onAfterExecute(PreparedStatementInformation statement, long elapsedNanos, SQLException e) {
        executed(statement, statement.getStatementQuery(), elapsedNanos, UPDATE_COUNT_OF_EXECUTE, e);
    }

    @Override
    public void onAfterExecute(StatementInformation statement, long elapsedNanos, String sql, SQLException e) {
        executed(statement, sql, elapsedNanos, UPDATE_COUNT_OF_EXECUTE, e);
    }

    @Override
    public void onAfterAddBatch(PreparedStatementInformation statement, long elapsedNanos, SQLException e) {
        pendingBatch(statement).add(statement.getStatementQuery());
    }

    @Override
    public void onAfterAddBatch(StatementInformation statement, long elapsedNanos, String sql, SQLException e) {
        pendingBatch(statement).add(sql);
    }

    @Override
    public void onAfterExecuteBatch(StatementInformation statement, long elapsedNanos, int[] updateCounts,
                                    SQLException e) {
        List<String> batched = pendingBatches == null ? null : pendingBatches.remove(statement);
        int batchSize = batched != null ? batched.size() : updateCounts != null ? updateCounts.length : 0;
        if (batchSize == 0) {
            return;
        }
        boolean first = beginTransactionIfNeeded(elapsedNanos);
        ThreadBindings bindings = Scopes.current();
        if (bindings.listening()) {
            String sql = batched != null ? batchSql(batched) : statement.getStatementQuery();
            capture(bindings, statement, sql, null, elapsedNanos, sum(updateCounts), batchSize, e, first);
        }
    }

    @Override
    public void onAfterResultSetNext(ResultSetInformation resultSet, long elapsedNanos, boolean hasNext,
                                     SQLException e) {
        if (hasNext) {
            StatementCapture capture = recentStatements.latestOf(resultSet.getStatementInformation());
            if (capture != null) {
                capture.rowRead();
            }
        }
    }

    @Override
    public void onAfterStatementClose(StatementInformation statement, SQLException e) {
        recentStatements.forget(statement);
        if (pendingBatches != null) {
            pendingBatches.remove(statement);
        }
    }

    // ---- transactions

    @Override
    public void onAfterCommit(ConnectionInformation connection, long elapsedNanos, SQLException e) {
        long ended = transactionId;
        if (e == null) {
            endTransaction();
        }
        transactionBoundary(TransactionAction.COMMIT, ended, elapsedNanos, e, false);
    }

    @Override
    public void onBeforeRollback(ConnectionInformation connection) {
        // p6spy reports rollback() and rollback(Savepoint) alike; only the caller's signature tells them apart.
        rollbackToSavepoint = RollbackSignature.isRollbackToSavepoint();
    }

    @Override
    public void onAfterRollback(ConnectionInformation connection, long elapsedNanos, SQLException e) {
        long current = transactionId;
        if (rollbackToSavepoint) {
            transactionBoundary(TransactionAction.ROLLBACK_TO_SAVEPOINT, current, elapsedNanos, e, false);
            return;
        }
        if (e == null) {
            endTransaction();
        }
        transactionBoundary(TransactionAction.ROLLBACK, current, elapsedNanos, e, false);
    }

    @Override
    public void onAfterSetAutoCommit(ConnectionInformation connection, boolean newAutoCommit, boolean oldAutoCommit,
                                     SQLException e) {
        if (e != null) {
            return;
        }
        autoCommit = newAutoCommit;
        if (!newAutoCommit && oldAutoCommit && transactionId == 0) {
            autoCommitOffNanoTime = System.nanoTime();
        } else if (newAutoCommit) {
            autoCommitOffNanoTime = 0;
        }
        if (newAutoCommit && !oldAutoCommit && transactionId != 0) {
            // JDBC commits the open transaction when autocommit is switched back on.
            long ended = transactionId;
            endTransaction();
            transactionBoundary(TransactionAction.COMMIT, ended, 0, null, false);
        }
    }

    @Override
    public void onAfterConnectionClose(ConnectionInformation connection, SQLException e) {
        endTransaction();
        pendingBatches = null;
        recentStatements.clear();
    }

    /** Called by {@link RecordingConnection} for the savepoint calls p6spy does not report. */
    void savepoint(TransactionAction action, long elapsedNanos, SQLException e) {
        boolean first = action == TransactionAction.SAVEPOINT && beginTransactionIfNeeded(elapsedNanos);
        transactionBoundary(action, transactionId, elapsedNanos, e, first);
    }

    /** The transaction open on this connection, or {@code 0}. */
    long transactionId() {
        return transactionId;
    }

    // ---- the work

    private void executed(StatementInformation statement, String sql, long elapsedNanos, int rowsAffected,
                          SQLException e) {
        boolean first = beginTransactionIfNeeded(elapsedNanos);
        ThreadBindings bindings = Scopes.current();
        if (!bindings.listening()) {
            return;
        }
        Object[] values = statement instanceof PreparedStatementInformation prepared && bindings.keepsEntries()
                ? BoundValues.of(prepared) : null;
        int affected = rowsAffected == UPDATE_COUNT_OF_EXECUTE ? updateCountOf(statement, e) : rowsAffected;
        capture(bindings, statement, sql, values, elapsedNanos, affected, 0, e, first);
    }

    /** @param first whether the statement began its transaction, whose call site it then becomes */
    private void capture(ThreadBindings bindings, StatementInformation statement, String sql, Object[] values,
                         long elapsedNanos, int rowsAffected, int batchSize, SQLException e, boolean first) {
        if (sql == null) {
            return;
        }
        long end = System.nanoTime();
        RecorderRuntime runtime = RecorderRuntime.get();
        StatementAnalysis analysis = SafeAnalysis.of(runtime.analyzer(), sql);
        boolean details = bindings.keepsEntries();
        CallSite callSite = details && runtime.config().callSites() ? runtime.callSiteFinder().find() : null;
        StackTraceElement[] stack = details && runtime.config().stacks() ? runtime.callSiteFinder().stack() : null;
        long start = end - elapsedNanos;
        StatementCapture capture = new StatementCapture(analysis, values, start, elapsedNanos, rowsAffected,
                batchSize, connectionId, transactionId, Thread.currentThread().getName(), e, callSite, stack);
        recentStatements.remember(statement, capture);
        if (first) {
            began.beganAt = callSite;
        }
        bindings.deliver(capture, start);
    }

    /**
     * Opens a transaction at the first statement (or savepoint) after autocommit went off, the moment the
     * database starts one, and registers it with the thread for external calls to name.
     *
     * @return whether this call opened it
     */
    private boolean beginTransactionIfNeeded(long elapsedNanos) {
        if (autoCommit || transactionId != 0) {
            return false;
        }
        transactionId = TRANSACTION_IDS.incrementAndGet();
        long beganNanoTime = autoCommitOffNanoTime != 0 ? autoCommitOffNanoTime : System.nanoTime() - elapsedNanos;
        autoCommitOffNanoTime = 0;
        began = OpenTransactions.began(connectionId, transactionId, beganNanoTime);
        return true;
    }

    private void endTransaction() {
        transactionId = 0;
        if (began != null) {
            OpenTransactions.ended(began);
            began = null;
        }
    }

    /** @param first whether a savepoint began the transaction, whose call site it then becomes */
    private void transactionBoundary(TransactionAction action, long transaction, long elapsedNanos,
                                     SQLException e, boolean first) {
        ThreadBindings bindings = Scopes.current();
        if (!bindings.listening()) {
            return;
        }
        RecorderRuntime runtime = RecorderRuntime.get();
        boolean details = bindings.keepsEntries();
        CallSite callSite = details && runtime.config().callSites() ? runtime.callSiteFinder().find() : null;
        if (first) {
            began.beganAt = callSite;
        }
        long start = System.nanoTime() - elapsedNanos;
        TransactionEntry entry = new TransactionEntry(action, connectionId, transaction == 0 ? null : transaction,
                WallClock.instantOf(start), elapsedNanos, Thread.currentThread().getName(), e, callSite);
        bindings.deliver(entry, start);
    }

    private List<String> pendingBatch(StatementInformation statement) {
        if (pendingBatches == null) {
            pendingBatches = new IdentityHashMap<>();
        }
        return pendingBatches.computeIfAbsent(statement, s -> new ArrayList<>());
    }

    /** A prepared batch repeats one text; a plain statement's batch may mix texts, kept in order. */
    private static String batchSql(List<String> batched) {
        String first = batched.get(0);
        boolean same = batched.stream().allMatch(first::equals);
        return same ? first : String.join(";\n", batched.stream().distinct().toList());
    }

    private static int updateCountOf(StatementInformation statement, SQLException e) {
        if (e != null || statement.getStatement() == null) {
            return -1;
        }
        try {
            return statement.getStatement().getUpdateCount();
        } catch (SQLException | RuntimeException ignored) {
            return -1;
        }
    }

    private static int sum(int[] updateCounts) {
        if (updateCounts == null) {
            return -1;
        }
        int total = 0;
        for (int count : updateCounts) {
            // Statement.SUCCESS_NO_INFO (-2): the driver ran the command without counting rows.
            total += Math.max(count, 0);
        }
        return total;
    }
}
