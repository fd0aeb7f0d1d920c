package dev.queryguard.check;

import dev.queryguard.QueryGuard;
import dev.queryguard.ThrowingRunnable;
import dev.queryguard.check.internal.BlockAllowances;
import dev.queryguard.recording.CallSite;
import dev.queryguard.recording.RecordingScope;
import dev.queryguard.recording.internal.Scopes;

import java.util.Objects;

/**
 * Allows the statements of a block of code to join tables of schema groups that may not be mixed, with a reason
 * (GitLab's {@code allow_cross_joins_across_databases(url:)}): the cross-schema check lets exactly the
 * executions the block ran pass, wherever the surrounding recording is checked.
 *
 * <pre>{@code
 * CrossSchemaJoins.allow("https://gitlab.com/gitlab-org/gitlab/-/issues/343047",
 *         () -> legacyPackageReport.build(project));
 * }</pre>
 *
 * <p>The block's thread and the threads it carries its recording scope to are covered, like any
 * {@link QueryGuard#record}. Outside any recording the block just runs. Thread-safe.
 */
public final class CrossSchemaJoins {

    private static final StackWalker WALKER = StackWalker.getInstance();

    private CrossSchemaJoins() {
    }

    /**
     * Runs {@code block}, allowing the statements it runs to cross schema groups.
     *
     * @param reason why the crossing is tolerated, best the issue that tracks its removal; must not be blank
     * @throws IllegalArgumentException when {@code reason} is blank, naming the caller
     */
    public static <E extends Throwable> void allow(String reason, ThrowingRunnable<E> block) throws E {
        Objects.requireNonNull(block, "block must not be null");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("CrossSchemaJoins.allow at " + caller() + ": reason must not be"
                    + " blank; name the issue that tracks the join, e.g. CrossSchemaJoins.allow(\"https://...\","
                    + " () -> ...)");
        }
        if (!Scopes.current().listening()) {
            block.run();
            return;
        }
        RecordingScope scope = QueryGuard.start();
        try {
            block.run();
        } finally {
            BlockAllowances.register(scope.stop());
        }
    }

    private static String caller() {
        return WALKER.walk(frames -> frames
                .filter(frame -> !frame.getClassName().equals(CrossSchemaJoins.class.getName()))
                .findFirst()
                .map(frame -> CallSite.of(frame.toStackTraceElement()).toString())
                .orElse("an unknown place"));
    }
}
