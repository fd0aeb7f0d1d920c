package dev.queryguard.recording;

import dev.queryguard.recording.internal.RecordingAssembler;
import dev.queryguard.recording.internal.ScopeState;
import dev.queryguard.recording.internal.Scopes;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;

/**
 * An open recording. By default it records the statements of the thread that opened it; {@link #wrap} carries
 * it to other threads, and an all-threads scope records every thread. Scopes nest: an outer and an inner scope
 * both see a statement. Close it on the thread that opened it; {@link #stop()} returns the recording.
 *
 * <pre>{@code
 * try (RecordingScope scope = QueryGuard.start()) {
 *     service.listPackages(projectId);
 *     Recording recording = scope.stop();
 * }
 * }</pre>
 *
 * <p>Thread-safe: {@code wrap} and {@code bind} may be called from any thread.
 */
public final class RecordingScope implements AutoCloseable {

    /**
     * The HTTP request header that names a test's scope, so the server thread handling the request records
     * into it: the test's client sends {@code X-QueryGuard-Scope: <id>}, the server calls
     * {@link #bindFromHeader(String)}.
     */
    public static final String HEADER = "X-QueryGuard-Scope";

    private final ScopeState state;
    private volatile Recording recording;

    public RecordingScope(ScopeState state) {
        this.state = Objects.requireNonNull(state, "state must not be null");
    }

    /** Stops recording and returns what was recorded; later calls return the same recording. */
    public synchronized Recording stop() {
        if (recording == null) {
            Scopes.close(state);
            recording = RecordingAssembler.assemble(state);
        }
        return recording;
    }

    /** Stops recording, like {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /** The recording, once stopped. */
    public Recording recording() {
        Recording stopped = recording;
        if (stopped == null) {
            throw new IllegalStateException("The scope is still recording: call stop() first");
        }
        return stopped;
    }

    public boolean allThreads() {
        return state.allThreads();
    }

    /** A number that identifies this scope in this JVM, e.g. to name it in a request header. */
    public long id() {
        return state.id();
    }

    /**
     * Binds this scope to the calling thread until the returned binding is closed, for code that picks up work
     * for the scope on a thread of its own (a server thread handling the test's request).
     */
    public Binding bind() {
        AutoCloseable unbind = Scopes.bind(state);
        return () -> {
            try {
                unbind.close();
            } catch (Exception e) {
                throw new IllegalStateException("Could not unbind recording scope " + id(), e);
            }
        };
    }

    /**
     * Binds the open scope named by a {@link #HEADER} value to the calling thread until the binding is closed.
     * A missing, malformed or unknown value (the scope has closed) binds nothing.
     */
    public static Binding bindFromHeader(String headerValue) {
        if (headerValue == null || headerValue.isBlank()) {
            return () -> { };
        }
        ScopeState open;
        try {
            open = Scopes.open(Long.parseLong(headerValue.strip()));
        } catch (NumberFormatException e) {
            return () -> { };
        }
        return open == null ? () -> { } : new RecordingScope(open).bind();
    }

    /** The value of the {@link #HEADER} that names this scope. */
    public String headerValue() {
        return Long.toString(state.id());
    }

    /** Returns a task that records into this scope on whatever thread runs it. */
    public Runnable wrap(Runnable task) {
        Objects.requireNonNull(task, "task must not be null");
        return () -> {
            Binding binding = bind();
            try {
                task.run();
            } finally {
                binding.close();
            }
        };
    }

    /** Returns a task that records into this scope on whatever thread calls it. */
    public <T> Callable<T> wrap(Callable<T> task) {
        Objects.requireNonNull(task, "task must not be null");
        return () -> {
            Binding binding = bind();
            try {
                return task.call();
            } finally {
                binding.close();
            }
        };
    }

    /** Returns an executor whose tasks record into this scope. */
    public Executor wrap(Executor executor) {
        Objects.requireNonNull(executor, "executor must not be null");
        return task -> executor.execute(wrap(task));
    }

    /** A thread's binding to a scope; closing it stops that thread's recording into the scope. */
    @FunctionalInterface
    public interface Binding extends AutoCloseable {
        @Override
        void close();
    }
}
