package dev.queryguard.junit;

import dev.queryguard.QueryGuard;
import dev.queryguard.check.CrossSchemaCheck;
import dev.queryguard.check.internal.BlockAllowances;
import dev.queryguard.junit.internal.Failures;
import dev.queryguard.recording.Recording;

/**
 * Asserts that a recording joins no tables of schema groups that may not be mixed, for blocks a test records
 * itself; the extension checks the whole test method body by default.
 *
 * <pre>{@code
 * Recording listing = recorder.record(() -> api.get("/projects/1/packages"));
 * CrossSchemaAssertions.assertNoCrossSchemaJoins(listing);
 * }</pre>
 *
 * <p>Statements allowed by {@code CrossSchemaJoins.allow} blocks or by a
 * {@code /* queryguard:allow-cross-schema <reason> *}{@code /} comment pass. Thread-safe.
 */
public final class CrossSchemaAssertions {

    private CrossSchemaAssertions() {
    }

    /**
     * Fails when a statement of {@code recording} joins schema groups that may not be mixed, by the groups of
     * the configuration in force; passes when no group is configured.
     *
     * @throws org.opentest4j.AssertionFailedError naming each such statement, its tables and call sites
     */
    public static void assertNoCrossSchemaJoins(Recording recording) {
        CrossSchemaCheck.check("the recording", recording, QueryGuard.config().schemaGroups(),
                        BlockAllowances.peek(recording), CrossSchemaCheck.ALLOW_IN_CODE)
                .ifPresent(failure -> {
                    throw Failures.toAssertion(failure);
                });
    }
}
