package dev.queryguard.junit.internal;

import java.util.List;

/** The checks {@link dev.queryguard.junit.QueryGuardExtension} runs after every test body, in this order. */
public final class TestChecks {

    public static final List<TestCheck> ALL = List.of(
            new BudgetTestCheck(),
            new RepeatedQueriesTestCheck(),
            new NPlusOneTestCheck(),
            new CrossSchemaTestCheck(),
            new ExternalCallsCheck(),
            new QueryRecordsTestCheck());

    private TestChecks() {
    }
}
