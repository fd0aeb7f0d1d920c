package dev.queryguard.junit.report.internal;

import dev.queryguard.junit.internal.Failures;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.MultipleFailuresError;

import java.util.ArrayList;
import java.util.List;

/**
 * Picks QueryGuard's verdicts out of a test's failure. Every verdict, from the checks the extension runs after
 * the test and from the assertions a test calls itself ({@code QueryGuardAssertions}, scaling scenarios), is
 * made by {@link Failures#toAssertion}, so a failure whose top frame is that factory is one; the test's own
 * assertions and exceptions are not.
 */
final class Findings {

    private static final String FACTORY = Failures.class.getName();

    private Findings() {
    }

    static List<String> in(Throwable failure) {
        List<String> findings = new ArrayList<>();
        collect(failure, findings);
        return findings;
    }

    private static void collect(Throwable failure, List<String> findings) {
        if (failure instanceof AssertionFailedError && madeByQueryGuard(failure)) {
            findings.add(failure.getMessage());
        } else if (failure instanceof MultipleFailuresError multiple) {
            multiple.getFailures().forEach(each -> collect(each, findings));
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            collect(suppressed, findings);
        }
    }

    private static boolean madeByQueryGuard(Throwable failure) {
        StackTraceElement[] stack = failure.getStackTrace();
        return stack.length > 0 && stack[0].getClassName().equals(FACTORY)
                && stack[0].getMethodName().equals("toAssertion");
    }
}
