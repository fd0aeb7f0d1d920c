package dev.queryguard.recording.internal;

import java.util.Arrays;

/**
 * What the current thread records into: the segments of the scopes bound to it (opened here or carried here),
 * and its own segments of the all-threads scopes. Only its thread touches it, so nothing here locks.
 */
public final class ThreadBindings {

    private static final ScopeState[] NO_SCOPES = new ScopeState[0];
    private static final Segment[] NO_SEGMENTS = new Segment[0];

    private ScopeState[] boundScopes = new ScopeState[4];
    private Segment[] boundSegments = new Segment[4];
    private int boundCount;

    private ScopeState[] seenAllThreadScopes = NO_SCOPES;
    private Segment[] allThreadSegments = NO_SEGMENTS;

    /** Whether any open recording wants this thread's entries: the check that keeps unrecorded code cheap. */
    public boolean listening() {
        return boundCount > 0 || Scopes.allThreadScopes().length > 0;
    }

    /**
     * Whether an open recording keeps this thread's entries in detail, rather than only counting them: only then
     * are call sites, stacks and bound values worth capturing.
     */
    public boolean keepsEntries() {
        return boundCount > 0 || Scopes.allThreadScopesKeepEntries();
    }

    /**
     * Appends an entry ({@link StatementCapture}, {@code TransactionEntry}, {@code CacheEntry} or
     * {@link ExternalCallCapture}).
     */
    public void deliver(Object entry, long startNanoTime) {
        ScopeState[] allThreadScopes = Scopes.allThreadScopes();
        for (int i = 0; i < boundCount; i++) {
            boundSegments[i].add(entry, startNanoTime);
        }
        if (allThreadScopes.length > 0) {
            Segment[] segments = allThreadSegmentsFor(allThreadScopes);
            for (Segment segment : segments) {
                segment.add(entry, startNanoTime);
            }
        }
    }

    void bind(ScopeState scope, Segment segment) {
        if (boundCount == boundScopes.length) {
            boundScopes = Arrays.copyOf(boundScopes, boundCount * 2);
            boundSegments = Arrays.copyOf(boundSegments, boundCount * 2);
        }
        boundScopes[boundCount] = scope;
        boundSegments[boundCount] = segment;
        boundCount++;
    }

    /** Unbinds the latest binding of {@code scope}; scopes may close out of order. */
    boolean unbind(ScopeState scope) {
        for (int i = boundCount - 1; i >= 0; i--) {
            if (boundScopes[i] == scope) {
                System.arraycopy(boundScopes, i + 1, boundScopes, i, boundCount - i - 1);
                System.arraycopy(boundSegments, i + 1, boundSegments, i, boundCount - i - 1);
                boundCount--;
                boundScopes[boundCount] = null;
                boundSegments[boundCount] = null;
                return true;
            }
        }
        return false;
    }

    /** The scopes bound to this thread now, innermost last. */
    ScopeState[] boundScopes() {
        return Arrays.copyOf(boundScopes, boundCount);
    }

    boolean isBound(ScopeState scope) {
        for (int i = 0; i < boundCount; i++) {
            if (boundScopes[i] == scope) {
                return true;
            }
        }
        return false;
    }

    /** This thread's segments of the open all-threads scopes, rebuilt only when that set of scopes changed. */
    private Segment[] allThreadSegmentsFor(ScopeState[] scopes) {
        if (scopes != seenAllThreadScopes) {
            Segment[] segments = new Segment[scopes.length];
            for (int i = 0; i < scopes.length; i++) {
                segments[i] = existingSegment(scopes[i]);
                if (segments[i] == null) {
                    segments[i] = scopes[i].newSegment();
                }
            }
            seenAllThreadScopes = scopes;
            allThreadSegments = segments;
        }
        return allThreadSegments;
    }

    private Segment existingSegment(ScopeState scope) {
        for (int i = 0; i < seenAllThreadScopes.length; i++) {
            if (seenAllThreadScopes[i] == scope) {
                return allThreadSegments[i];
            }
        }
        return null;
    }
}
