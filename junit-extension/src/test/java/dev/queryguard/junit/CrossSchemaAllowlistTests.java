package dev.queryguard.junit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.opentest4j.AssertionFailedError;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

/** The ratchet file of tests allowed to join schema groups that may not be mixed, for legacy code. */
class CrossSchemaAllowlistTests {

    private static final String DEFAULT = "queryguard/cross-schema-allowlist.txt";
    private static final String FIXTURES = CrossSchemaAllowlistTests.class.getName();

    static CrossSchemaDatabase db;

    @BeforeEach
    void openDatabase() {
        db = CrossSchemaDatabase.open("h2");
    }

    @AfterEach
    void dropDatabase() {
        db.drop();
        db = null;
    }

    @ParameterizedTest
    @ValueSource(strings = {"$", "."})
    void allowsEveryTestOfAListedClass(String separator) {
        String allowlist = """
                # legacy joins of main and ci, to be removed
                %s%sCrossingTestCase   # https://gitlab.example/issues/7
                """.formatted(FIXTURES, separator);

        EngineExecutionResults results = ExtraClassPath.withResource(DEFAULT, allowlist,
                () -> db.run(CrossingTestCase.class));

        results.testEvents().assertStatistics(stats -> stats.succeeded(2).failed(0));
        assertThat(unusedEntries(results)).isEmpty();
    }

    @Test
    void allowsOnlyTheListedMethodOfAClass() {
        String allowlist = FIXTURES + "$CrossingTestCase#joins\n";

        EngineExecutionResults results = ExtraClassPath.withResource(DEFAULT, allowlist,
                () -> db.run(CrossingTestCase.class));

        results.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(1));
        assertThat(Kit.failureMessage(results)).startsWith("Expected CrossingTestCase.joinsInASubquery() not to join");
    }

    @Test
    void reportsEntriesNoTestNeedsSoTheListShrinks() {
        String allowlist = """
                %1$s$CrossingTestCase#joins
                %1$s$CrossingTestCase#joinsInASubquery
                %1$s$StatementPerGroupTestCase
                """.formatted(FIXTURES);

        EngineExecutionResults crossing = ExtraClassPath.withResource(DEFAULT, allowlist,
                () -> db.run(CrossingTestCase.class));
        EngineExecutionResults fixed = ExtraClassPath.withResource(DEFAULT, allowlist,
                () -> db.run(StatementPerGroupTestCase.class));

        crossing.testEvents().assertStatistics(stats -> stats.succeeded(2).failed(0));
        assertThat(unusedEntries(crossing)).isEmpty();
        fixed.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
        assertThat(unusedEntries(fixed)).containsExactly(Map.of(
                "queryguard.crossSchema.allowlist", "unused",
                "queryguard.crossSchema.allowlist.entry", FIXTURES + "$StatementPerGroupTestCase",
                "queryguard.crossSchema.allowlist.line", DEFAULT + ":3"));
    }

    @Test
    void failsTheClassOfAnUnusedEntryInStrictMode() {
        String allowlist = FIXTURES + "$StatementPerGroupTestCase#body\n";

        EngineExecutionResults results = ExtraClassPath.withResource(DEFAULT, allowlist,
                () -> db.run(StatementPerGroupTestCase.class, "queryguard.junit.crossSchema.strictAllowlist", "true"));

        results.containerEvents().assertThatEvents().haveExactly(1, finishedWithFailure(
                instanceOf(AssertionFailedError.class),
                message(FIXTURES + "$StatementPerGroupTestCase#body no longer joins tables of schema groups that may"
                        + " not be mixed:\nremove its line " + DEFAULT + ":1 so the join cannot come back unnoticed"
                        + " (queryguard.junit.crossSchema.strictAllowlist=true).")));
    }

    @Test
    void readsTheAllowlistNamedInTheConfiguration() {
        String allowlist = FIXTURES + "$CrossingTestCase\n";

        EngineExecutionResults results = ExtraClassPath.withResource("legacy/joins.txt", allowlist,
                () -> db.run(CrossingTestCase.class, "queryguard.junit.crossSchema.allowlist", "legacy/joins.txt"));

        results.testEvents().assertStatistics(stats -> stats.succeeded(2).failed(0));
    }

    @Test
    void refusesAConfiguredAllowlistThatIsMissing() {
        EngineExecutionResults results = db.run(CrossingTestCase.class,
                "queryguard.junit.crossSchema.allowlist", "legacy/missing.txt");

        results.testEvents().assertThatEvents().haveExactly(2, finishedWithFailure(
                instanceOf(ExtensionConfigurationException.class),
                message("QueryGuard cannot use its cross-schema allowlist: system properties:"
                        + " queryguard.junit.crossSchema.allowlist names no class-path resource: 'legacy/missing.txt'")));
    }

    @Test
    void namesTheFileAndLineOfAMalformedEntry() {
        String allowlist = """
                # legacy joins
                com.example.PackagesTests#listsPackages
                com.example.Pipelines Tests
                """;

        EngineExecutionResults results = ExtraClassPath.withResource(DEFAULT, allowlist,
                () -> db.run(CrossingTestCase.class));

        results.testEvents().assertThatEvents().haveExactly(2, finishedWithFailure(
                instanceOf(ExtensionConfigurationException.class),
                message("QueryGuard cannot use its cross-schema allowlist: " + DEFAULT + " line 3:"
                        + " 'com.example.Pipelines Tests' is neither a test class (com.example.PackagesTests) nor a"
                        + " test method (com.example.PackagesTests#listsPackages)")));
    }

    @Test
    void refusesAnEntryListedTwice() {
        String allowlist = """
                com.example.PackagesTests
                com.example.PackagesTests  # again
                """;

        EngineExecutionResults results = ExtraClassPath.withResource(DEFAULT, allowlist,
                () -> db.run(StatementPerGroupTestCase.class));

        results.testEvents().assertThatEvents().haveExactly(1, finishedWithFailure(
                message("QueryGuard cannot use its cross-schema allowlist: " + DEFAULT + " line 2:"
                        + " com.example.PackagesTests is listed twice (first at line 1)")));
    }

    private static List<Map<String, String>> unusedEntries(EngineExecutionResults results) {
        return results.allEvents().reportingEntryPublished().stream()
                .map(event -> event.getPayload(ReportEntry.class))
                .flatMap(Optional::stream)
                .map(ReportEntry::getKeyValuePairs)
                .filter(pairs -> pairs.containsKey("queryguard.crossSchema.allowlist"))
                .toList();
    }

    @QueryGuardTest
    static class CrossingTestCase {
        @Test
        void joins() {
            db.packageWithPipeline(1);
        }

        @Test
        void joinsInASubquery() {
            db.packagesWithRunningPipelines();
        }
    }

    @QueryGuardTest
    static class StatementPerGroupTestCase {
        @Test
        void body() {
            db.packageThenPipeline(1);
        }
    }
}
