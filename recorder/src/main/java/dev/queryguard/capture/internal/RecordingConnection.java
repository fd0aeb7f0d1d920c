package dev.queryguard.capture.internal;

import com.p6spy.engine.common.ConnectionInformation;
import com.p6spy.engine.event.JdbcEventListener;
import com.p6spy.engine.wrapper.ConnectionWrapper;
import dev.queryguard.recording.TransactionAction;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;

/** p6spy's connection wrapper plus the savepoint calls p6spy passes through without an event. */
final class RecordingConnection extends ConnectionWrapper {

    private final ConnectionRecorder recorder;

    RecordingConnection(Connection delegate, JdbcEventListener listener, ConnectionRecorder recorder,
                        ConnectionInformation information) {
        super(delegate, listener, information);
        this.recorder = recorder;
    }

    @Override
    public Savepoint setSavepoint() throws SQLException {
        long start = System.nanoTime();
        try {
            Savepoint savepoint = super.setSavepoint();
            recorder.savepoint(TransactionAction.SAVEPOINT, System.nanoTime() - start, null);
            return savepoint;
        } catch (SQLException e) {
            recorder.savepoint(TransactionAction.SAVEPOINT, System.nanoTime() - start, e);
            throw e;
        }
    }

    @Override
    public Savepoint setSavepoint(String name) throws SQLException {
        long start = System.nanoTime();
        try {
            Savepoint savepoint = super.setSavepoint(name);
            recorder.savepoint(TransactionAction.SAVEPOINT, System.nanoTime() - start, null);
            return savepoint;
        } catch (SQLException e) {
            recorder.savepoint(TransactionAction.SAVEPOINT, System.nanoTime() - start, e);
            throw e;
        }
    }

    @Override
    public void releaseSavepoint(Savepoint savepoint) throws SQLException {
        long start = System.nanoTime();
        try {
            super.releaseSavepoint(savepoint);
            recorder.savepoint(TransactionAction.RELEASE_SAVEPOINT, System.nanoTime() - start, null);
        } catch (SQLException e) {
            recorder.savepoint(TransactionAction.RELEASE_SAVEPOINT, System.nanoTime() - start, e);
            throw e;
        }
    }
}
