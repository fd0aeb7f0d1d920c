package dev.queryguard.capture.internal;

import com.p6spy.engine.common.ConnectionInformation;
import com.p6spy.engine.event.JdbcEventListener;
import com.p6spy.engine.spy.P6DataSource;
import com.p6spy.engine.wrapper.ConnectionWrapper;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

/**
 * A p6spy DataSource whose connections record into QueryGuard. A connection that is already recorded (the
 * wrapped DataSource delegates to another recording one, or uses a {@code jdbc:p6spy:} URL) is handed out
 * as it is, so no statement is ever counted twice.
 */
public final class RecordingDataSource extends P6DataSource {

    private static final long serialVersionUID = 1L;

    private final transient DataSource delegate;

    public RecordingDataSource(DataSource delegate) {
        super(Objects.requireNonNull(delegate, "delegate must not be null"));
        this.delegate = delegate;
    }

    /** Whether {@code dataSource} already records, directly or through a wrapper that admits it. */
    public static boolean records(DataSource dataSource) {
        if (dataSource instanceof RecordingDataSource) {
            return true;
        }
        try {
            return dataSource.isWrapperFor(RecordingDataSource.class);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return record(delegate.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return record(delegate.getConnection(username, password));
    }

    private Connection record(Connection connection) throws SQLException {
        if (connection == null || alreadyRecorded(connection)) {
            return connection;
        }
        ConnectionRecorder recorder = new ConnectionRecorder();
        JdbcEventListener listener = RecordingListenerFactory.withP6spyLogging(recorder);
        ConnectionInformation information = ConnectionInformation.fromDataSource(delegate, connection, 0);
        RecordingConnection recorded = new RecordingConnection(connection, listener, recorder, information);
        listener.onAfterGetConnection(information, null);
        return recorded;
    }

    private static boolean alreadyRecorded(Connection connection) {
        if (connection instanceof ConnectionWrapper) {
            return true;
        }
        try {
            return connection.isWrapperFor(ConnectionWrapper.class);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || delegate.isWrapperFor(iface);
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return iface.isInstance(this) ? iface.cast(this) : delegate.unwrap(iface);
    }

    public DataSource delegate() {
        return delegate;
    }
}
