package dev.queryguard.capture.internal;

import com.p6spy.engine.event.CompoundJdbcEventListener;
import com.p6spy.engine.event.JdbcEventListener;
import com.p6spy.engine.spy.DefaultJdbcEventListenerFactory;
import com.p6spy.engine.spy.JdbcEventListenerFactory;

/**
 * Gives every p6spy connection its own {@link ConnectionRecorder}. Registered through {@code ServiceLoader}, so
 * {@code jdbc:p6spy:} URLs record without any {@code spy.properties}. p6spy's own logging (its modules and
 * {@code spy.log}) runs beside it only when {@code queryguard.p6spy.logging} asks for it.
 */
public final class RecordingListenerFactory implements JdbcEventListenerFactory {

    @Override
    public JdbcEventListener createJdbcEventListener() {
        // A jdbc:p6spy: URL may be the application's only contact with QueryGuard before a test records.
        WatchingProxySelector.install();
        return withP6spyLogging(new ConnectionRecorder());
    }

    static JdbcEventListener withP6spyLogging(ConnectionRecorder recorder) {
        if (!RecorderRuntime.get().config().p6spyLogging()) {
            return recorder;
        }
        CompoundJdbcEventListener compound = new CompoundJdbcEventListener();
        compound.addListener(recorder);
        compound.addListener(new DefaultJdbcEventListenerFactory().createJdbcEventListener());
        return compound;
    }
}
