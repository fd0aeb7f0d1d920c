package dev.queryguard.junit.internal;

import dev.queryguard.QueryGuard;
import dev.queryguard.ThrowingRunnable;
import dev.queryguard.junit.Scale;
import dev.queryguard.recording.Recording;
import dev.queryguard.recording.RecordingScope;

/** The {@link Scale} a {@link dev.queryguard.junit.ScalingTest} method receives at one scale. */
final class TestScale implements Scale {

    private final int n;
    private final ScalingRecordings recordings;
    // The scope recording the block while it runs, for headerValue(); only the test thread touches it.
    private RecordingScope running;

    TestScale(int n, ScalingRecordings recordings) {
        this.n = n;
        this.recordings = recordings;
    }

    @Override
    public int n() {
        return n;
    }

    @Override
    public <E extends Throwable> Recording record(ThrowingRunnable<E> block) throws E {
        if (recordings.has(n)) {
            throw new IllegalStateException(recordings.testName() + " called scale.record(...) twice at "
                    + items(n) + ": only one block per scale is compared, so record the action once");
        }
        if (recordings.warmUp()) {
            // Recorded too, and thrown away, so that headerValue() works in the warm-up run as well.
            run(block);
        }
        Recording recording = run(block);
        recordings.put(n, recording);
        return recording;
    }

    @Override
    public String headerValue() {
        if (running == null) {
            throw new IllegalStateException(recordings.testName() + " asked for scale.headerValue() outside"
                    + " scale.record(...): only the block's requests count at a scale");
        }
        return running.headerValue();
    }

    private <E extends Throwable> Recording run(ThrowingRunnable<E> block) throws E {
        RecordingScope scope = QueryGuard.start();
        running = scope;
        try {
            block.run();
        } finally {
            running = null;
            scope.stop();
        }
        return scope.recording();
    }

    @Override
    public String toString() {
        return items(n);
    }

    static String items(int n) {
        return n == 1 ? "1 item" : n + " items";
    }
}
