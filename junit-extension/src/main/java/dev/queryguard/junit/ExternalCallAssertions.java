package dev.queryguard.junit;

import dev.queryguard.check.ExternalCallsInTransaction;
import dev.queryguard.junit.internal.Failures;
import dev.queryguard.recording.Recording;

/**
 * Assertions on the external calls of a recording, for blocks a test records itself. Thread-safe.
 *
 * <pre>{@code
 * Recording recording = recorder.record(() -> uploads.store(pkg));
 * ExternalCallAssertions.assertNoExternalCallsInTransaction(recording);
 * }</pre>
 */
public final class ExternalCallAssertions {

    private ExternalCallAssertions() {
    }

    /**
     * Fails when the recorded code called an external service while a transaction it began was open; transactions
     * open before the recording started do not count.
     *
     * @throws org.opentest4j.AssertionFailedError naming each call, its transaction and both call sites
     */
    public static void assertNoExternalCallsInTransaction(Recording recording) {
        ExternalCallsInTransaction.check("the recording", recording, null).ifPresent(failure -> {
            throw Failures.toAssertion(failure);
        });
    }
}
