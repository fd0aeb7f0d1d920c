package dev.queryguard.junit.internal;

import dev.queryguard.check.CheckFailure;
import org.opentest4j.AssertionFailedError;

/** Turns a check's failure into the error JUnit reports, with expected and actual for the IDE's diff. */
public final class Failures {

    private Failures() {
    }

    public static AssertionFailedError toAssertion(CheckFailure failure) {
        if (failure.expected() == null && failure.actual() == null) {
            return new AssertionFailedError(failure.message());
        }
        return new AssertionFailedError(failure.message(), failure.expected(), failure.actual());
    }
}
