package dev.queryguard.junit;

import java.util.Map;

/** The databases every check is proven on; fixtures receive theirs through {@link DatabaseParameter}. */
public enum Database {
    H2,
    POSTGRES;

    /** The configuration parameter naming the database of a fixture run. */
    static final String PARAMETER = "queryguard.test.database";

    TestItems open() {
        return this == H2 ? new TestItems() : TestItems.postgres();
    }

    /** The configuration parameters of a fixture run on this database. */
    Map<String, String> parameters() {
        return Map.of(PARAMETER, name());
    }
}
