package dev.queryguard.sample.support;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/** Runs fixture test classes through the Jupiter engine, as a user's build would, and reads their failures. */
public final class Kit {

    private Kit() {
    }

    public static EngineExecutionResults run(Class<?> testClass) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute();
    }

    /** The QueryGuard figures each test published, in test order. */
    public static List<Map<String, String>> reportEntries(EngineExecutionResults results) {
        return results.allEvents().reportingEntryPublished().stream()
                .map(event -> event.getPayload(ReportEntry.class))
                .flatMap(Optional::stream)
                .map(ReportEntry::getKeyValuePairs)
                .filter(pairs -> pairs.containsKey("queryguard.statements"))
                .toList();
    }

    /** The message of the first failure. */
    public static String failureMessage(EngineExecutionResults results) {
        return failureMessages(results).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no test or container failed"));
    }

    /** The messages of every failed test or container, in order. */
    public static List<String> failureMessages(EngineExecutionResults results) {
        return results.allEvents().failed().stream()
                .map(Kit::throwable)
                .flatMap(Optional::stream)
                .map(Throwable::getMessage)
                .toList();
    }

    /** The message of the only failure; fails when there is none or more than one. */
    public static String onlyFailureMessage(EngineExecutionResults results) {
        List<String> messages = failureMessages(results);
        if (messages.size() != 1) {
            throw new AssertionError("Expected one failure but got " + messages.size() + ":\n"
                    + String.join("\n---\n", messages));
        }
        return messages.get(0);
    }

    /** Fails, showing every failure message, unless each test of the run passed and at least one ran. */
    public static void assertAllPassed(EngineExecutionResults results) {
        List<String> messages = failureMessages(results);
        if (!messages.isEmpty()) {
            throw new AssertionError(messages.size() + " fixture tests failed:\n" + String.join("\n---\n", messages));
        }
        if (results.testEvents().succeeded().count() == 0) {
            throw new AssertionError("No fixture test ran");
        }
    }

    private static Optional<Throwable> throwable(Event event) {
        return event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable);
    }
}
