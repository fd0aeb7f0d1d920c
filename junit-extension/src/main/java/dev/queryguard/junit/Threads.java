package dev.queryguard.junit;

/** Which threads' statements a test records. */
public enum Threads {
    /** What {@code queryguard.junit.threads} configures: {@code test-thread} (the default) or {@code all-threads}. */
    CONFIGURED,
    /**
     * The thread that runs the test method, and threads the test carries its scope to
     * ({@link QueryRecorder#testScope()}, or the {@code X-QueryGuard-Scope} request header).
     */
    TEST_THREAD,
    /**
     * Every thread, for code that runs on pools and server threads. Refused while JUnit runs tests in parallel,
     * where concurrent tests would see each other's statements.
     */
    ALL_THREADS
}
