package dev.queryguard.capture.internal;

import java.sql.Connection;

/**
 * Tells {@code Connection.rollback(Savepoint)} from {@code rollback()} by the caller's signature, since p6spy
 * reports both as one event. Rollbacks are rare, so walking a few frames here costs nothing that matters.
 */
final class RollbackSignature {

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    private RollbackSignature() {
    }

    static boolean isRollbackToSavepoint() {
        return WALKER.walk(frames -> frames
                .filter(frame -> frame.getMethodName().equals("rollback")
                        && Connection.class.isAssignableFrom(frame.getDeclaringClass()))
                .findFirst()
                .map(frame -> frame.getMethodType().parameterCount() == 1)
                .orElse(false));
    }
}
