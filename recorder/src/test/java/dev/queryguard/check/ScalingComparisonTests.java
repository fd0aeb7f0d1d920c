package dev.queryguard.check;

import dev.queryguard.check.GrowingStatement.Origin;
import dev.queryguard.recording.CacheKind;
import dev.queryguard.recording.Recording;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.queryguard.check.Recordings.at;
import static dev.queryguard.check.Recordings.recording;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ScalingComparisonTests {

    private static final String PROJECT = "select id, name from projects where id = ?";
    private static final String PACKAGES = "select id, name from packages where project_id = ?";
    private static final String PIPELINE = "select p1_0.id, p1_0.sha from ci.ci_pipelines p1_0 where p1_0.id=?";
    private static final String FILES = "select id, name from package_files where package_id = ?";

    @Test
    void passesWhenEveryStatementRunsAsOftenAtEveryScale() {
        ScalingComparison comparison = ScalingRule.constant().compare(Map.of(
                2, listing(2, 0).build(),
                3, listing(3, 0).build()));

        assertThat(comparison.growing()).isEmpty();
        assertThat(comparison.growthPerStep()).containsExactly(0L);
        assertThat(comparison.withinSlope()).isTrue();
        assertThat(comparison.failure("PackagesApiTests.listsPackages()")).isEmpty();
    }

    @Test
    void namesEachStatementThatGrowsWithItsCountsGrowthAndCallSite() {
        ScalingComparison comparison = ScalingRule.constant().compare(Map.of(
                2, listing(2, 2).build(),
                3, listing(3, 3).build()));

        assertThat(comparison.growing()).singleElement().satisfies(statement -> {
            assertThat(statement.origin()).isEqualTo(Origin.JDBC);
            assertThat(statement.text()).isEqualTo(PIPELINE);
            assertThat(statement.counts()).containsExactly(Map.entry(2, 2L), Map.entry(3, 3L));
            assertThat(statement.firstCallSite()).isEqualTo(at("pipelinesOf", 57));
        });
        assertThat(comparison.totals()).containsExactly(Map.entry(2, 4L), Map.entry(3, 5L));
        assertThat(comparison.failure("PackagesApiTests.listsPackages()")).hasValueSatisfying(failure -> {
            assertThat(failure.check()).isEqualTo("scaling");
            assertThat(failure.message()).isEqualTo("""
                    Expected the statements of PackagesApiTests.listsPackages() not to grow with the number of items,
                    but at 2 items it ran 4 statements and at 3 items 5 (+1 per item):
                      2 → 3  +1 per item  select p1_0.id, p1_0.sha from ci.ci_pipelines p1_0 where p1_0.id=?
                                          first at PackageService.java:57 (PackageService.pipelinesOf)""");
        });
    }

    @Test
    void countsAStatementThatRunsOnlyAtTheBiggerScaleAsGrowthFromZero() {
        ScalingComparison comparison = ScalingRule.constant().compare(Map.of(
                2, listing(2, 0).build(),
                3, listing(3, 0).statement(FILES, 1, at("filesOf", 61)).build()));

        assertThat(comparison.growing()).singleElement()
                .satisfies(statement -> assertThat(statement.counts()).containsExactly(Map.entry(2, 0L), Map.entry(3, 1L)));
        assertThat(comparison.withinSlope()).isFalse();
    }

    @Test
    void countsLoadsServedFromTheOrmCacheByKindAndRegion() {
        ScalingComparison comparison = ScalingRule.constant().compare(Map.of(
                2, listing(2, 0).cached(CacheKind.COLLECTION, "Package.files", 2, at("filesOf", 61)).build(),
                3, listing(3, 0).cached(CacheKind.COLLECTION, "Package.files", 3, at("filesOf", 61)).build()));

        assertThat(comparison.totals()).containsExactly(Map.entry(2, 4L), Map.entry(3, 5L));
        assertThat(comparison.failure("PackagesApiTests.listsPackages()")).hasValueSatisfying(failure ->
                assertThat(failure.message()).isEqualTo("""
                        Expected the statements of PackagesApiTests.listsPackages() not to grow with the number of items,
                        but at 2 items it ran 4 statements and at 3 items 5 (+1 per item):
                          2 → 3  +1 per item  cached COLLECTION Package.files
                                              first at PackageService.java:61 (PackageService.filesOf)
                        Loads served from an ORM cache count as statements: a cold cache runs them."""));
    }

    @Test
    void allowsExactlyTheDeclaredSlope() {
        Map<Integer, Recording> onePerItem = Map.of(2, listing(2, 2).build(), 3, listing(3, 3).build());
        Map<Integer, Recording> twoPerItem = Map.of(
                2, listing(2, 2).statement(FILES, 2, at("filesOf", 61)).build(),
                3, listing(3, 3).statement(FILES, 3, at("filesOf", 61)).build());

        assertThat(new ScalingRule(List.of(2, 3), 1).compare(onePerItem).withinSlope()).isTrue();
        ScalingComparison beyond = new ScalingRule(List.of(2, 3), 1).compare(twoPerItem);
        assertThat(beyond.withinSlope()).isFalse();
        assertThat(beyond.failure("PackagesApiTests.listsPackages()")).hasValueSatisfying(failure ->
                assertThat(failure.message()).isEqualTo("""
                        Expected the statements of PackagesApiTests.listsPackages() not to grow by more than 1 statement per item,
                        but at 2 items it ran 6 statements and at 3 items 8 (+2 per item):
                          2 → 3  +1 per item  select p1_0.id, p1_0.sha from ci.ci_pipelines p1_0 where p1_0.id=?
                                              first at PackageService.java:57 (PackageService.pipelinesOf)
                          2 → 3  +1 per item  select id, name from package_files where package_id = ?
                                              first at PackageService.java:61 (PackageService.filesOf)"""));
    }

    @Test
    void measuresTheSlopePerAddedItemBetweenDistantScales() {
        ScalingRule rule = new ScalingRule(List.of(2, 4), 1);

        assertThat(rule.compare(Map.of(2, listing(2, 2).build(), 4, listing(4, 4).build())).withinSlope()).isTrue();
        assertThat(rule.compare(Map.of(2, listing(2, 2).build(), 4, listing(4, 5).build())).withinSlope()).isFalse();
    }

    @Test
    void aStatementThatRunsLessDoesNotMakeUpForOneThatRunsMore() {
        ScalingComparison comparison = ScalingRule.constant().compare(Map.of(
                2, listing(2, 0).statement(FILES, 1, at("filesOf", 61)).build(),
                3, listing(3, 1).build()));

        assertThat(comparison.totals()).containsExactly(Map.entry(2, 3L), Map.entry(3, 3L));
        assertThat(comparison.growing()).extracting(GrowingStatement::text).containsExactly(PIPELINE);
        assertThat(comparison.withinSlope()).isFalse();
    }

    @Test
    void showsEveryScaleWhenThereAreMoreThanTwo() {
        ScalingComparison comparison = new ScalingRule(List.of(2, 3, 5), 0).compare(Map.of(
                2, listing(2, 2).statement(FILES, 1, at("filesOf", 61)).build(),
                3, listing(3, 3).statement(FILES, 1, at("filesOf", 61)).build(),
                5, listing(5, 5).statement(FILES, 5, at("filesOf", 61)).build()));

        assertThat(comparison.growthPerStep()).containsExactly(1L, 6L);
        assertThat(comparison.failure("PackagesApiTests.listsPackages()")).hasValueSatisfying(failure ->
                assertThat(failure.message()).isEqualTo("""
                        Expected the statements of PackagesApiTests.listsPackages() not to grow with the number of items,
                        but at 2 items it ran 5 statements, at 3 items 6 and at 5 items 12 (+1, then +3 per item):
                          2 → 3 → 5  +1 per item           select p1_0.id, p1_0.sha from ci.ci_pipelines p1_0 where p1_0.id=?
                                                           first at PackageService.java:57 (PackageService.pipelinesOf)
                          1 → 1 → 5  +0, then +2 per item  select id, name from package_files where package_id = ?
                                                           first at PackageService.java:61 (PackageService.filesOf)"""));
    }

    @Test
    void showsFractionalGrowthPerItem() {
        ScalingComparison comparison = new ScalingRule(List.of(2, 4), 0).compare(Map.of(
                2, listing(2, 0).build(),
                4, listing(4, 0).statement(FILES, 1, at("filesOf", 61)).build()));

        assertThat(comparison.failure("T.t()").orElseThrow().message())
                .contains("at 2 items it ran 2 statements and at 4 items 3 (+0.5 per item):")
                .contains("  0 → 1  +0.5 per item  select id, name from package_files where package_id = ?");
    }

    @Test
    void countsWhatARecordingCountedPastItsCapWithoutDetails() {
        ScalingComparison comparison = ScalingRule.constant().compare(Map.of(
                2, listing(2, 0).build(),
                3, listing(3, 0).notKept(4).build()));

        assertThat(comparison.growing()).singleElement()
                .satisfies(statement -> assertThat(statement.origin()).isEqualTo(Origin.NOT_KEPT));
        assertThat(comparison.failure("T.t()").orElseThrow().message()).endsWith("(+4 per item):\n"
                + "  0 → 4  +4 per item  statements without details, past the cap of 2 kept entries"
                + " (queryguard.maxEntries)");
    }

    @Test
    void saysWhenCallSitesWereNotRecorded() {
        ScalingComparison comparison = ScalingRule.constant().compare(Map.of(
                2, recording().statement(PIPELINE, 2, null).build(),
                3, recording().statement(PIPELINE, 3, null).build()));

        assertThat(comparison.failure("T.t()").orElseThrow().message()).endsWith("(+1 per item):\n"
                + "  2 → 3  +1 per item  select p1_0.id, p1_0.sha from ci.ci_pipelines p1_0 where p1_0.id=?\n"
                + "                      (call site not recorded: queryguard.callSites=false)");
    }

    @Test
    void refusesRecordingsThatDoNotMatchTheScales() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ScalingRule.constant().compare(Map.of(2, listing(2, 0).build())))
                .withMessage("recordings must cover the scales [2, 3], covered [2]");
    }

    @Test
    void validatesItsScalesAndSlope() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ScalingRule(List.of(3), 0))
                .withMessage("scales must hold at least two to compare: 3");
        assertThatIllegalArgumentException().isThrownBy(() -> new ScalingRule(List.of(), 0))
                .withMessage("scales must hold at least two to compare: none");
        assertThatIllegalArgumentException().isThrownBy(() -> new ScalingRule(List.of(0, 2), 0))
                .withMessage("scales must be at least 1: 0");
        assertThatIllegalArgumentException().isThrownBy(() -> new ScalingRule(List.of(2, 3, 3), 0))
                .withMessage("scales must be strictly increasing: 3 then 3");
        assertThatIllegalArgumentException().isThrownBy(() -> new ScalingRule(List.of(3, 2), 0))
                .withMessage("scales must be strictly increasing: 3 then 2");
        assertThatIllegalArgumentException().isThrownBy(() -> new ScalingRule(List.of(2, 3), -1))
                .withMessage("slope must not be negative: -1");
    }

    /** Loads a project and its packages, then, per package, {@code pipelines} pipeline lookups in all. */
    private static Recordings listing(int packages, int pipelines) {
        return recording()
                .statement(PROJECT, 1, at("projectOf", 40))
                .statement(PACKAGES, 1, at("packagesOf", 48))
                .statement(PIPELINE, pipelines, at("pipelinesOf", 57));
    }
}
