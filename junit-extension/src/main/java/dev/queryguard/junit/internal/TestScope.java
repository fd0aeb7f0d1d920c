package dev.queryguard.junit.internal;

import dev.queryguard.QueryGuard;
import dev.queryguard.recording.Recording;
import dev.queryguard.recording.RecordingScope;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The scope recording one test method body, kept in the method's store. JUnit closes it with the store, so a
 * scope is never left open, whatever happens to the test.
 */
public final class TestScope implements AutoCloseable {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestScope.class);

    private final RecordingScope scope;

    private TestScope(RecordingScope scope) {
        this.scope = scope;
    }

    public static TestScope open(ExtensionContext context, boolean allThreads) {
        TestScope testScope = new TestScope(allThreads ? QueryGuard.startAllThreads() : QueryGuard.start());
        context.getStore(NAMESPACE).put(TestScope.class, testScope);
        return testScope;
    }

    /** The open scope of the test running in {@code context}, or {@code null} outside the test method body. */
    public static RecordingScope current(ExtensionContext context) {
        TestScope testScope = context.getStore(NAMESPACE).get(TestScope.class, TestScope.class);
        return testScope == null ? null : testScope.scope;
    }

    public Recording stop(ExtensionContext context) {
        context.getStore(NAMESPACE).remove(TestScope.class, TestScope.class);
        return scope.stop();
    }

    @Override
    public void close() {
        scope.stop();
    }

    /** Stores what the test method body ran, for the checks and for other faces (reports, records). */
    public static void putRecording(ExtensionContext context, TestRecording recording) {
        context.getStore(NAMESPACE).put(TestRecording.class, recording);
    }

    /** What the test method body ran, or {@code null} when it was not recorded. */
    public static TestRecording recordingOf(ExtensionContext context) {
        return context.getStore(NAMESPACE).get(TestRecording.class, TestRecording.class);
    }
}
