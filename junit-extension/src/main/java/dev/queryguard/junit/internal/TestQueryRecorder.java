package dev.queryguard.junit.internal;

import dev.queryguard.QueryGuard;
import dev.queryguard.ThrowingRunnable;
import dev.queryguard.junit.QueryRecorder;
import dev.queryguard.recording.Recording;
import dev.queryguard.recording.RecordingScope;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The {@link QueryRecorder} a test method receives; it finds the test's scope in the method's store. */
public final class TestQueryRecorder implements QueryRecorder {

    private final ExtensionContext context;

    public TestQueryRecorder(ExtensionContext context) {
        this.context = context;
    }

    @Override
    public <E extends Throwable> Recording record(ThrowingRunnable<E> block) throws E {
        return QueryGuard.record(block);
    }

    @Override
    public RecordingScope testScope() {
        RecordingScope scope = TestScope.current(context);
        if (scope == null) {
            throw new IllegalStateException("The test's recording scope exists only while "
                    + context.getDisplayName() + " runs its method body");
        }
        return scope;
    }
}
