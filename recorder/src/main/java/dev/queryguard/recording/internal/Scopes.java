package dev.queryguard.recording.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Opens, binds and closes recording scopes. The per-statement path reads one thread-local and one volatile
 * array; the lock here guards only opening and closing all-threads scopes.
 */
public final class Scopes {

    private static final ScopeState[] NONE = new ScopeState[0];
    private static final ThreadLocal<ThreadBindings> BINDINGS = ThreadLocal.withInitial(ThreadBindings::new);
    private static final Object ALL_THREADS_LOCK = new Object();
    private static volatile ScopeState[] allThreadScopes = NONE;
    // Whether an open all-threads scope keeps entries, so that counting scopes alone skip call sites and values.
    private static volatile boolean allThreadScopesKeepEntries;
    // Open scopes by id, for a server thread that finds its scope named in a request header.
    private static final ConcurrentHashMap<Long, ScopeState> OPEN = new ConcurrentHashMap<>();

    private Scopes() {
    }

    /** The calling thread's bindings. */
    public static ThreadBindings current() {
        return BINDINGS.get();
    }

    static ScopeState[] allThreadScopes() {
        return allThreadScopes;
    }

    static boolean allThreadScopesKeepEntries() {
        return allThreadScopesKeepEntries;
    }

    /** Opens a scope that records the calling thread (and threads it is carried to). */
    public static ScopeState openThreadScope(int cap) {
        ThreadBindings bindings = BINDINGS.get();
        ScopeState scope = new ScopeState(false, cap, Thread.currentThread(), bindings.boundScopes());
        bindings.bind(scope, scope.newSegment());
        OPEN.put(scope.id(), scope);
        return scope;
    }

    /** Opens a scope that records every thread. */
    public static ScopeState openAllThreadsScope(int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("cap must be positive: " + cap);
        }
        return openAllThreads(cap);
    }

    /**
     * Opens a scope that counts what every thread runs and keeps none of it: read it with
     * {@link ScopeCounts#of}. While only counting scopes listen, statements are captured without call sites,
     * stacks or bound values.
     */
    public static ScopeState openCountingScope() {
        return openAllThreads(0);
    }

    private static ScopeState openAllThreads(int cap) {
        ScopeState scope = new ScopeState(true, cap, Thread.currentThread(), NONE);
        synchronized (ALL_THREADS_LOCK) {
            ScopeState[] grown = Arrays.copyOf(allThreadScopes, allThreadScopes.length + 1);
            grown[grown.length - 1] = scope;
            publish(grown);
        }
        OPEN.put(scope.id(), scope);
        return scope;
    }

    /** Called under the lock. A statement that races with the opening of a scope may reach it without details. */
    private static void publish(ScopeState[] scopes) {
        allThreadScopesKeepEntries = Arrays.stream(scopes).anyMatch(ScopeState::keepsEntries);
        allThreadScopes = scopes;
    }

    /**
     * Binds {@code scope}, and the scopes it was opened inside, to the calling thread until the returned binding
     * is closed; used to carry a scope to pool and server threads. Scopes the thread already records into, and
     * closed ones, are left as they are.
     */
    public static AutoCloseable bind(ScopeState scope) {
        ThreadBindings bindings = BINDINGS.get();
        List<ScopeState> bound = new ArrayList<>();
        for (ScopeState candidate : withEnclosing(scope)) {
            if (!candidate.closed() && !candidate.allThreads() && !bindings.isBound(candidate)) {
                bindings.bind(candidate, candidate.newSegment());
                bound.add(candidate);
            }
        }
        return () -> bound.forEach(bindings::unbind);
    }

    private static List<ScopeState> withEnclosing(ScopeState scope) {
        List<ScopeState> scopes = new ArrayList<>(List.of(scope.enclosing()));
        scopes.add(scope);
        return scopes;
    }

    /** Stops recording into {@code scope}. Thread scopes must be closed by the thread that opened them. */
    public static void close(ScopeState scope) {
        if (scope.closed()) {
            return;
        }
        if (scope.allThreads()) {
            synchronized (ALL_THREADS_LOCK) {
                publish(Arrays.stream(allThreadScopes).filter(s -> s != scope).toArray(ScopeState[]::new));
            }
        } else {
            if (Thread.currentThread() != scope.owner()) {
                throw new IllegalStateException("A recording scope must be closed by the thread that opened it ("
                        + scope.owner().getName() + "), not by " + Thread.currentThread().getName());
            }
            BINDINGS.get().unbind(scope);
        }
        scope.markClosed();
        OPEN.remove(scope.id());
    }

    /** The open scope with {@code id}, or {@code null} when there is none (never opened, or closed). */
    public static ScopeState open(long id) {
        return OPEN.get(id);
    }
}
