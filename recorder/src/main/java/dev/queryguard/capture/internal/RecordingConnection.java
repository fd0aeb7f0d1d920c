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
        return timed(TransactionAction.SAVEPOINT, super::setSavepoint);
    }

    @Override
    public Savepoint setSavepoint(String name) throws SQLException {
        return timed(TransactionAction.SAVEPOINT, () -> super.setSavepoint(name));
    }

    @Override
    public void releaseSavepoint(Savepoint savepoint) throws SQLException {
        timed(TransactionAction.RELEASE_SAVEPOINT, () -> {
            super.releaseSavepoint(savepoint);
            return null;
        });
    }

    private <T> T timed(TransactionAction action, SavepointCall<T> call) throws SQLException {
        long start = System.nanoTime();
        try {
            T result = call.run();
            recorder.savepoint(action, System.nanoTime() - start, null);
            return result;
        } catch (SQLException e) {
            recorder.savepoint(action, System.nanoTime() - start, e);
            throw e;
        }
    }

    @FunctionalInterface
    private interface SavepointCall<T> {
        T run() throws SQLException;
    }
}
