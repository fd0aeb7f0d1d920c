package dev.queryguard.hibernate.internal;

import dev.queryguard.recording.internal.Scopes;

/** Tells whether a recording wants the calling thread's entries, the one check on Hibernate's hot paths. */
final class RecordingGate {

    private RecordingGate() {
    }

    static boolean isOpen() {
        return Scopes.current().listening();
    }
}
