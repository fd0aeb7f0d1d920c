package dev.queryguard.junit;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

import java.util.Map;
import java.util.TreeMap;

/** What each test method of a fixture run came to: {@code "passed"} or its failure's message. */
public final class Outcomes {

    public static final String PASSED = "passed";

    private Outcomes() {
    }

    /** By test method name; schema names ({@code qg_1a2b3c4d}) read {@code qg} so messages can be pinned. */
    public static Map<String, String> byMethod(EngineExecutionResults results) {
        Map<String, String> outcomes = new TreeMap<>();
        for (Event event : results.testEvents().finished().list()) {
            String method = event.getTestDescriptor().getSource()
                    .filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                    .map(MethodSource::getMethodName).orElseThrow();
            TestExecutionResult result = event.getRequiredPayload(TestExecutionResult.class);
            outcomes.put(method, result.getThrowable().map(Throwable::getMessage).map(Outcomes::withoutSchema)
                    .orElse(PASSED));
        }
        return outcomes;
    }

    /** The message of the first failure, schema names reading {@code qg}. */
    public static String failure(EngineExecutionResults results) {
        return withoutSchema(Kit.failureMessage(results));
    }

    public static String withoutSchema(String message) {
        return message.replaceAll("qg_[0-9a-f]{8}", "qg");
    }
}
