package dev.queryguard.junit;

import dev.queryguard.config.QueryGuardConfig;
import dev.queryguard.recording.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;


import static dev.queryguard.junit.Outcomes.PASSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

class DetectNPlusOneTests {

    private static final String HINT = "Load them in one statement instead: a batch fetch (@BatchSize), an IN (...)"
            + " list or a join (JOIN FETCH).";

    @ParameterizedTest
    @EnumSource(Database.class)
    void failsOnOneSelectPerRowFromOnePlace(Database database) {
        EngineExecutionResults results = Kit.run(LoopTestCase.class, database.parameters());

        assertThat(Outcomes.failure(results)).isEqualTo("""
                Expected LoopTestCase.body() not to load rows one statement at a time (N+1),
                but 2 statements ran again and again from the same place with other values:
                  7 × select name from qg.items where id = ?
                      values [1], [2], [3], [4], [5], ... (7 distinct)
                      at %s
                  2 × select name from qg.items where id = ?
                      values written into the SQL, 2 distinct texts
                      at %s
                %s""".formatted(SourceLines.at(LoopTestCase.class, "body", "loop"),
                SourceLines.at(LoopTestCase.class, "body", "literal"), HINT));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void passesBatchFetchesRepeatsAndOtherPlaces(Database database) {
        EngineExecutionResults results = Kit.run(NoNPlusOneTestCase.class, database.parameters());

        assertThat(Outcomes.byMethod(results)).containsOnly(
                entry("oneInFetch", PASSED),
                entry("inFetchesFromOnePlace", PASSED),
                entry("anyArrayFetchesFromOnePlace", PASSED),
                entry("sameValuesAgain", PASSED),
                entry("otherPlaces", PASSED),
                entry("oneSelect", PASSED));
    }

    @Test
    void detectsInEveryTestWhenTheSettingSaysSoUnlessOptedOut() {
        EngineExecutionResults detected = SystemSettings.with(DetectNPlusOne.SETTING, "true",
                () -> Kit.run(SettingTestCase.class));
        EngineExecutionResults byDefault = Kit.run(SettingTestCase.class);

        assertThat(Outcomes.byMethod(detected)).containsOnly(
                entry("loop", """
                        Expected SettingTestCase.loop() not to load rows one statement at a time (N+1),
                        but 1 statement ran again and again from the same place with other values:
                          2 × select name from qg.items where id = ?
                              values [1], [2]
                              at %s
                        %s""".formatted(SourceLines.at(SettingTestCase.class, "loop", "setting-loop"), HINT)),
                entry("optedOut", PASSED));
        byDefault.testEvents().assertStatistics(stats -> stats.succeeded(2).failed(0));
    }

    @Test
    void namesTheKeyOfABadSetting() {
        EngineExecutionResults results = SystemSettings.with(DetectNPlusOne.SETTING, "yes",
                () -> Kit.run(SettingTestCase.class));

        results.testEvents().assertThatEvents().haveExactly(2, finishedWithFailure(
                instanceOf(ExtensionConfigurationException.class),
                message("QueryGuard cannot use its configuration: system properties: queryguard.junit.nPlusOne must"
                        + " be 'true' or 'false', was 'yes'")));
    }

    @Test
    void comparesFullStacksWhenTheyAreRecorded() {
        String load = SourceLines.at(StacksTestCase.class, "load", "load");
        EngineExecutionResults bySite = Kit.run(StacksTestCase.class);
        EngineExecutionResults byStack = SystemSettings.with(QueryGuardConfig.STACKS, "true",
                () -> Kit.run(StacksTestCase.class));

        assertThat(Outcomes.byMethod(bySite)).containsOnly(
                entry("twoCallers", """
                        Expected StacksTestCase.twoCallers() not to load rows one statement at a time (N+1),
                        but 1 statement ran again and again from the same place with other values:
                          2 × select name from qg.items where id = ?
                              values [1], [2]
                              at %s
                        %s""".formatted(load, HINT)),
                entry("oneCallerInALoop", """
                        Expected StacksTestCase.oneCallerInALoop() not to load rows one statement at a time (N+1),
                        but 1 statement ran again and again from the same place with other values:
                          2 × select name from qg.items where id = ?
                              values [1], [2]
                              at %s
                        %s""".formatted(load, HINT)));
        assertThat(Outcomes.byMethod(byStack)).containsOnly(
                entry("twoCallers", PASSED),
                entry("oneCallerInALoop", """
                        Expected StacksTestCase.oneCallerInALoop() not to load rows one statement at a time (N+1),
                        but 1 statement ran again and again from the same place with other values:
                          2 × select name from qg.items where id = ?
                              values [1], [2]
                              at %s, the same call stack each time
                        %s""".formatted(load, HINT)));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void assertsOnARecording(Database database) {
        EngineExecutionResults results = Kit.run(FluentTestCase.class, database.parameters());

        assertThat(Outcomes.failure(results)).isEqualTo("""
                Expected the recording not to load rows one statement at a time (N+1),
                but 1 statement ran again and again from the same place with other values:
                  2 × select name from qg.items where id = ?
                      values [2], [3]
                      at %s
                %s""".formatted(SourceLines.at(FluentTestCase.class, "lambda$body$0", "fluent"), HINT));
    }

    @DetectNPlusOne
    static class LoopTestCase extends ItemsFixture {
        LoopTestCase(Database database) {
            super(database);
        }

        @Test
        void body() {
            for (int id = 1; id <= 7; id++) {
                selectItem(id); // L:loop
            }
            for (String id : new String[] {"1", "2"}) {
                execute("select name from $items where id = " + id); // L:literal
            }
        }
    }

    @DetectNPlusOne
    static class NoNPlusOneTestCase extends ItemsFixture {
        NoNPlusOneTestCase(Database database) {
            super(database);
        }

        @Test
        void oneInFetch() {
            selectItemsIn(1, 2, 3);
        }

        @Test
        void inFetchesFromOnePlace() {
            for (Integer[] batch : new Integer[][] {{1, 2}, {3}}) {
                selectItemsIn(batch);
            }
        }

        @Test
        void anyArrayFetchesFromOnePlace() {
            for (Integer[] batch : new Integer[][] {{1, 2}, {3}}) {
                selectItemsAny(batch);
            }
        }

        @Test
        void sameValuesAgain() {
            for (int i = 0; i < 3; i++) {
                selectItem(1);
            }
        }

        @Test
        void otherPlaces() {
            selectItem(1);
            selectItem(2);
        }

        @Test
        void oneSelect() {
            selectItem(1);
        }
    }

    @QueryGuardTest
    static class SettingTestCase extends ItemsFixture {
        SettingTestCase(Database database) {
            super(database);
        }

        @Test
        void loop() {
            for (int id = 1; id <= 2; id++) {
                selectItem(id); // L:setting-loop
            }
        }

        @Test
        @DetectNPlusOne(false)
        void optedOut() {
            for (int id = 1; id <= 2; id++) {
                selectItem(id);
            }
        }
    }

    @DetectNPlusOne
    static class StacksTestCase extends ItemsFixture {
        StacksTestCase(Database database) {
            super(database);
        }

        @Test
        void twoCallers() {
            load(1);
            load(2);
        }

        @Test
        void oneCallerInALoop() {
            for (int id = 1; id <= 2; id++) {
                load(id);
            }
        }

        private void load(int id) {
            selectItem(id); // L:load
        }
    }

    @QueryGuardTest
    static class FluentTestCase extends ItemsFixture {
        FluentTestCase(Database database) {
            super(database);
        }

        @Test
        void body(QueryRecorder recorder) {
            Recording recording = recorder.record(() -> {
                for (int id = 2; id <= 3; id++) {
                    selectItem(id); // L:fluent
                }
            });
            QueryGuardAssertions.assertThat(recording).hasNoNPlusOne();
        }
    }

}
