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

/** Runs fixture test classes through the Jupiter engine, as a user's build would. */
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
        Event failed = results.allEvents().failed().stream().findFirst()
                .orElseThrow(() -> new AssertionError("no test or container failed"));
        return failed.getPayload(TestExecutionResult.class)
                .flatMap(TestExecutionResult::getThrowable)
                .map(Throwable::getMessage)
                .orElseThrow();
    }
}
