package dev.queryguard.junit.internal;

import dev.queryguard.check.QueryBudgetCheck;
import dev.queryguard.junit.ExactQueries;
import dev.queryguard.junit.MaxQueries;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;

import java.util.List;

/** Runs the budget of {@link MaxQueries} or {@link ExactQueries} over a finished test body. */
final class BudgetTestCheck implements TestCheck {

    @Override
    public List<AssertionFailedError> check(TestRecording test, ExtensionContext context) {
        return BudgetAnnotations.of(context)
                .flatMap(budget -> QueryBudgetCheck.check(test.testName(), test.recording(), budget))
                .map(Failures::toAssertion)
                .stream().toList();
    }
}
