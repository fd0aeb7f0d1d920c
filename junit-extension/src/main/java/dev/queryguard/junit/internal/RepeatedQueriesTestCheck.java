package dev.queryguard.junit.internal;

import dev.queryguard.check.RepeatedStatementsCheck;
import dev.queryguard.junit.NoRepeatedQueries;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;

import java.util.List;

/** Fails a test under {@link NoRepeatedQueries} that ran a statement twice with the same bound values. */
final class RepeatedQueriesTestCheck implements TestCheck {

    @Override
    public List<AssertionFailedError> check(TestRecording test, ExtensionContext context) {
        if (AnnotatedLevel.nearest(context, NoRepeatedQueries.class).isEmpty()) {
            return List.of();
        }
        return RepeatedStatementsCheck.check(test.testName(), test.recording())
                .map(Failures::toAssertion)
                .stream().toList();
    }
}
