package dev.queryguard.junit.internal;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;

import java.util.List;

/**
 * One QueryGuard check run after a test method body: it turns the test's recording (and the annotations it
 * finds on the test) into failures. Checks are stateless; their verdicts come from the recorder's check
 * functions, which know nothing of JUnit.
 */
public interface TestCheck {

    /** Returns the failures of the finished test body; empty when it passes. */
    List<AssertionFailedError> check(TestRecording test, ExtensionContext context);
}
