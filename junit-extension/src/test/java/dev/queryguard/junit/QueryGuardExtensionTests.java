package dev.queryguard.junit;

import dev.queryguard.recording.Recording;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

class QueryGuardExtensionTests {

    @Test
    void recordsTheTestMethodBodyButNotItsFixtures() {
        EngineExecutionResults results = Kit.run(BodyOnlyTestCase.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
        assertThat(Kit.reportEntries(results)).singleElement().satisfies(entry -> {
            assertThat(entry).containsEntry("queryguard.statements", "2");
            assertThat(entry).containsEntry("queryguard.select", "2");
            assertThat(entry).containsEntry("queryguard.cached", "0");
            assertThat(entry).containsEntry("queryguard.crossSchema", "0");
        });
    }

    @Test
    void registersThroughExtendWithToo() {
        EngineExecutionResults results = Kit.run(ExtendWithTestCase.class);

        assertThat(Kit.reportEntries(results)).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("queryguard.statements", "1"));
    }

    @Test
    void givesTestsARecorderForBlocksOfTheirOwnAndTheirScopeForOtherThreads() {
        EngineExecutionResults results = Kit.run(RecorderTestCase.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
        assertThat(Kit.reportEntries(results)).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("queryguard.statements", "4"));
    }

    @Test
    void recordsEveryThreadWhenAskedTo() {
        EngineExecutionResults results = Kit.run(AllThreadsTestCase.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
        assertThat(Kit.reportEntries(results)).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("queryguard.statements", "2"));
    }

    @Test
    void recordsOnlyTheTestThreadByDefault() {
        EngineExecutionResults results = Kit.run(TestThreadTestCase.class);

        assertThat(Kit.reportEntries(results)).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("queryguard.statements", "1"));
    }

    @Test
    void refusesAllThreadsWhileTestsRunInParallel() {
        EngineExecutionResults results = Kit.run(AllThreadsTestCase.class,
                Map.of("junit.jupiter.execution.parallel.enabled", "true"));

        results.containerEvents().assertThatEvents().haveExactly(1, finishedWithFailure(
                instanceOf(ExtensionConfigurationException.class),
                message("QueryGuard cannot record all threads of AllThreadsTestCase while JUnit runs tests in"
                        + " parallel (junit.jupiter.execution.parallel.enabled=true): concurrent tests would see"
                        + " each other's statements. Record the test thread and carry its scope to other threads"
                        + " (QueryRecorder.testScope().wrap(...), or the X-QueryGuard-Scope request header), or"
                        + " turn parallel execution off.")));
    }

    @Test
    void namesTheKeyOfABadSetting() {
        System.setProperty(ExtensionThreadsKey.NAME, "some");
        try {
            EngineExecutionResults results = Kit.run(TestThreadTestCase.class);

            results.containerEvents().assertThatEvents().haveExactly(1, finishedWithFailure(
                    instanceOf(ExtensionConfigurationException.class),
                    message("QueryGuard cannot use its configuration: system properties: queryguard.junit.threads"
                            + " must be 'test-thread' or 'all-threads', was 'some'")));
        } finally {
            System.clearProperty(ExtensionThreadsKey.NAME);
        }
    }

    @Test
    void stopsTheRunOnAMisspeltKeyOfTheExtension() {
        System.setProperty("queryguard.junit.nPlusONE", "true");
        try {
            EngineExecutionResults results = Kit.run(TestThreadTestCase.class);

            results.containerEvents().assertThatEvents().haveExactly(1, finishedWithFailure(
                    instanceOf(ExtensionConfigurationException.class),
                    message("QueryGuard cannot use its configuration: system properties: unknown key"
                            + " queryguard.junit.nPlusONE (known keys of the JUnit extension, its records and"
                            + " reports: queryguard.junit.threads, queryguard.junit.nPlusOne,"
                            + " queryguard.junit.crossSchema.allowlist, queryguard.junit.crossSchema.strictAllowlist,"
                            + " queryguard.records.enabled, queryguard.records.mode, queryguard.records.strict,"
                            + " queryguard.records.dir, queryguard.report.dir, queryguard.report.enabled)")));
        } finally {
            System.clearProperty("queryguard.junit.nPlusONE");
        }
    }

    private static final class ExtensionThreadsKey {
        static final String NAME = "queryguard.junit.threads";
    }

    @QueryGuardTest
    static class BodyOnlyTestCase {
        private final TestItems items = new TestItems();

        @BeforeEach
        void fixture() {
            items.selectItem(3);
        }

        @Test
        void body() {
            items.selectItem(1);
            items.selectItem(2);
        }

        @AfterEach
        void cleanUp() {
            items.selectItem(3);
        }
    }

    @ExtendWith(QueryGuardExtension.class)
    static class ExtendWithTestCase {
        private final TestItems items = new TestItems();

        @Test
        void body() {
            items.selectItem(1);
        }
    }

    @QueryGuardTest
    static class RecorderTestCase {
        private final TestItems items = new TestItems();

        @Test
        void body(QueryRecorder recorder) throws Exception {
            items.selectItem(1);
            Recording block = recorder.record(() -> items.selectItem(2));
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                pool.submit(recorder.testScope().wrap(() -> items.selectItem(3))).get();
                pool.submit(() -> items.selectItem(4)).get();
            } finally {
                pool.shutdown();
            }
            assertThat(block.count()).isEqualTo(1);
            items.selectItem(6);
        }
    }

    @QueryGuardTest(threads = Threads.ALL_THREADS)
    static class AllThreadsTestCase {
        private final TestItems items = new TestItems();

        @Test
        void body() throws Exception {
            items.selectItem(1);
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                pool.submit(() -> items.selectItem(2)).get();
            } finally {
                pool.shutdown();
            }
        }
    }

    @QueryGuardTest
    static class TestThreadTestCase {
        private final TestItems items = new TestItems();

        @Test
        void body() throws Exception {
            items.selectItem(1);
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                pool.submit(() -> items.selectItem(2)).get();
            } finally {
                pool.shutdown();
            }
        }
    }
}
