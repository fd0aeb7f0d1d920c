package dev.queryguard.junit.internal;

import java.util.List;

/** The checks {@link dev.queryguard.junit.QueryGuardExtension} runs after every test body, in this order. */
public final class TestChecks {

    public static final List<TestCheck> ALL = List.of(
            new CrossSchemaTestCheck());

    private TestChecks() {
    }
}
