package dev.queryguard.junit.internal;

import dev.queryguard.QueryGuard;
import dev.queryguard.ThrowingRunnable;
import dev.queryguard.junit.ScalingScenario.AroundScale;
import dev.queryguard.junit.ScalingScenario.ScaleStep;
import dev.queryguard.recording.Recording;

/**
 * One scale of a {@link dev.queryguard.junit.ScalingScenario}: populate, warm up, record the action, all inside
 * the user's wrapper, then clean up. The first failure of the user's code is the one thrown, unchanged: a
 * wrapper that wraps or swallows it does not hide it.
 */
public final class ScenarioScale implements Runnable {

    private final int n;
    private final ScaleStep populate;
    private final ThrowingRunnable<?> action;
    private final boolean warmUp;
    private int runs;
    private Recording recording;
    private Throwable failure;

    public ScenarioScale(int n, ScaleStep populate, ThrowingRunnable<?> action, boolean warmUp) {
        this.n = n;
        this.populate = populate;
        this.action = action;
        this.warmUp = warmUp;
    }

    /** Runs the scale inside {@code around}, then {@code afterEachScale}, and returns what the action ran. */
    public Recording run(AroundScale around, ScaleStep afterEachScale) {
        Throwable thrown = null;
        try {
            around.around(this);
        } catch (Throwable e) {
            thrown = e;
        }
        Throwable primary = failure != null ? failure : thrown;
        if (failure != null && thrown != null && !causedBy(thrown, failure)) {
            failure.addSuppressed(thrown);
        }
        try {
            afterEachScale.run(n);
        } catch (Throwable e) {
            if (primary == null) {
                primary = e;
            } else {
                primary.addSuppressed(e);
            }
        }
        if (primary != null) {
            throw Rethrow.unchecked(primary);
        }
        if (runs != 1) {
            throw new IllegalStateException("aroundEachScale(...) must run the scale it is given exactly once;"
                    + " at " + TestScale.items(n) + " it ran it " + (runs == 1 ? "once" : runs + " times"));
        }
        return recording;
    }

    /** The scale's work, as the wrapper runs it. */
    @Override
    public void run() {
        runs++;
        if (runs > 1) {
            return;
        }
        try {
            populate.run(n);
            if (warmUp) {
                action.run();
            }
            recording = QueryGuard.record(action);
        } catch (Throwable e) {
            failure = e;
            throw Rethrow.unchecked(e);
        }
    }

    private static boolean causedBy(Throwable thrown, Throwable cause) {
        for (Throwable current = thrown; current != null; current = current.getCause()) {
            if (current == cause) {
                return true;
            }
        }
        return false;
    }
}
