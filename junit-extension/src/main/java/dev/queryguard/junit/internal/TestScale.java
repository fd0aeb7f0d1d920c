package dev.queryguard.junit.internal;

import dev.queryguard.QueryGuard;
import dev.queryguard.ThrowingRunnable;
import dev.queryguard.junit.Scale;
import dev.queryguard.recording.Recording;

/** The {@link Scale} a {@link dev.queryguard.junit.ScalingTest} method receives at one scale. */
final class TestScale implements Scale {

    private final int n;
    private final ScalingRecordings recordings;

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
            block.run();
        }
        Recording recording = QueryGuard.record(block);
        recordings.put(n, recording);
        return recording;
    }

    @Override
    public String toString() {
        return items(n);
    }

    static String items(int n) {
        return n == 1 ? "1 item" : n + " items";
    }
}
