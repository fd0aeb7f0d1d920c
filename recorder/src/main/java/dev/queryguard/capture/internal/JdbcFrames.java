package dev.queryguard.capture.internal;

import javax.sql.CommonDataSource;
import javax.sql.PooledConnection;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Tells whether the calling thread is inside JDBC code: a driver, a DataSource or pool opening a connection, a
 * connection or statement at work. Sockets and HTTP requests made there (PostgreSQL connecting to 5432, a pool
 * filling up, a driver that speaks HTTP, a query cancel) belong to the database, not to an external service.
 * Asked only when an external call is about to be recorded; the verdict per class is remembered.
 */
final class JdbcFrames {

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    private static final ClassValue<Boolean> JDBC = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return Driver.class.isAssignableFrom(type) || CommonDataSource.class.isAssignableFrom(type)
                    || Connection.class.isAssignableFrom(type) || Statement.class.isAssignableFrom(type)
                    || PooledConnection.class.isAssignableFrom(type) || type == DriverManager.class;
        }
    };

    private JdbcFrames() {
    }

    static boolean onStack() {
        return WALKER.walk(frames -> frames.anyMatch(frame -> JDBC.get(frame.getDeclaringClass())));
    }
}
