package dev.queryguard.recording.internal;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The shared state of one open recording: the segments the threads that contribute to it write. Segments are
 * added once per thread binding, never per statement.
 */
public final class ScopeState {

    private static final AtomicLong IDS = new AtomicLong();

    private final long id = IDS.incrementAndGet();
    private final boolean allThreads;
    private final int cap;
    private final Thread owner;
    private final long openedNanoTime = System.nanoTime();
    private final ConcurrentLinkedQueue<Segment> segments = new ConcurrentLinkedQueue<>();
    private final ScopeState[] enclosing;
    private volatile boolean closed;

    ScopeState(boolean allThreads, int cap, Thread owner, ScopeState[] enclosing) {
        this.allThreads = allThreads;
        this.cap = cap;
        this.owner = owner;
        this.enclosing = enclosing;
    }

    /**
     * The thread scopes that were recording on the opening thread when this one opened: a statement this scope
     * sees on another thread belongs to them too, as it would on the opening thread.
     */
    ScopeState[] enclosing() {
        return enclosing;
    }

    Segment newSegment() {
        Segment segment = new Segment(cap);
        segments.add(segment);
        return segment;
    }

    List<Segment> segments() {
        return List.copyOf(segments);
    }

    public long id() {
        return id;
    }

    public boolean allThreads() {
        return allThreads;
    }

    int cap() {
        return cap;
    }

    /** Whether the scope keeps entries in detail; a counting scope (cap 0) only counts them. */
    boolean keepsEntries() {
        return cap > 0;
    }

    Thread owner() {
        return owner;
    }

    long openedNanoTime() {
        return openedNanoTime;
    }

    boolean closed() {
        return closed;
    }

    void markClosed() {
        closed = true;
    }
}
