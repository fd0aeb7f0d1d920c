package dev.queryguard.junit.internal;

import dev.queryguard.recording.Recording;

import java.util.Objects;

/**
 * What one test method body ran.
 *
 * @param testName  the test as messages name it: {@code PackagesApiTests.listsPackages()}
 * @param recording the statements, transaction boundaries and cache hits of the test method body
 */
public record TestRecording(String testName, Recording recording) {
    public TestRecording {
        Objects.requireNonNull(testName, "testName must not be null");
        Objects.requireNonNull(recording, "recording must not be null");
    }
}
