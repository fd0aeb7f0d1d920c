package dev.queryguard.sample.demo;

import dev.queryguard.check.ExternalCallsInTransaction;
import dev.queryguard.sample.SampleApp;
import dev.queryguard.sample.db.DatabaseKind;
import dev.queryguard.sample.deployments.LegacyDeploymentFinder;
import dev.queryguard.sample.flags.FeatureFlags;
import dev.queryguard.sample.flags.Variant;
import dev.queryguard.sample.storage.ObjectStorage;
import dev.queryguard.sample.support.MainSources;
import dev.queryguard.sample.uploads.LegacyPackageUploader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's main logic on a fresh app: what its report says about each variant. */
class DemoTests {

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void namesEachLegacyProblemAndFindsEveryFixedVariantClean(DatabaseKind kind) {
        DemoReport report;
        String storage;
        try (SampleApp app = SampleApp.start(kind, 0, new FeatureFlags())) {
            storage = app.objectStorage().baseUri().toString();
            report = Demo.run(app, DemoScenarios.all());
        }

        assertThat(Stream.concat(report.endpoints().stream().map(EndpointReport::scenario),
                report.notYetServed().stream()).map(DemoScenario::title))
                .containsExactlyInAnyOrderElementsOf(DemoScenarios.all().stream().map(DemoScenario::title).toList());
        assertThat(report.endpoints()).allSatisfy(endpoint -> {
            assertThat(endpoint.sameAnswers()).as(endpoint.scenario().title()).isTrue();
            assertThat(variant(endpoint, Variant.LEGACY).clean()).as(endpoint.scenario().title()).isFalse();
            assertThat(variant(endpoint, Variant.FIXED).verdict()).as(endpoint.scenario().title()).isEqualTo("clean");
        });

        VariantReport upload = variant(endpoint(report, "Package upload"), Variant.LEGACY);
        assertThat(upload.verdict()).isEqualTo("CAUGHT");
        assertThat(upload.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.check()).isEqualTo(ExternalCallsInTransaction.NAME);
            assertThat(problem.summary()).isEqualTo("external call inside a transaction");
            assertThat(problem.statement()).startsWith("called " + storage + "/objects/packages/").endsWith("/demo.bin");
            assertThat(problem.callSite()).isEqualTo(MainSources.callSite(ObjectStorage.class, "put", "// storage: PUT"));
            assertThat(problem.context()).startsWith("inside the transaction begun at " + MainSources.callSite(
                    LegacyPackageUploader.class, "store", "// legacy: insert the package")
                    + "\nwhose first statement was insert into main.packages (");
        });
        VariantReport finder = variant(endpoint(report, "Deployments finder"), Variant.LEGACY);
        assertThat(finder.verdict()).isEqualTo("FLAGGED");
        assertThat(finder.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.byCheck()).isFalse();
            assertThat(problem.summary())
                    .isEqualTo("reads other projects' rows: 16 rows of main.deployments read to answer 6");
            assertThat(problem.statement()).isEqualTo("select ... from main.deployments d1_0 join main.environments"
                    + " e1_0 on e1_0.id=d1_0.environment_id where e1_0.name=? order by d1_0.iid");
            assertThat(problem.callSite()).isEqualTo(MainSources.callSite(LegacyDeploymentFinder.class, "find",
                    "// legacy: deployments by environment name"));
        });
    }

    @Test
    void printsATableAVerdictPerVariantAndASummary() {
        DemoReport report;
        try (SampleApp app = SampleApp.start(DatabaseKind.H2, 0, new FeatureFlags())) {
            report = Demo.run(app, DemoScenarios.all());
        }

        String text = TextReport.render(report);

        assertThat(text.lines()).contains(
                "Deployments finder  GET /api/v4/projects/{id}/deployments?environment=production",
                "  variant  statements  cached   growth  cross-schema  ext. in tx  rows read  verdict",
                "  legacy   3 -> 3      0 -> 0       +0  0 -> 0        0 -> 0      6 -> 18    FLAGGED  reads other"
                        + " projects' rows: 16 rows of main.deployments read to answer 6",
                "  fixed    2 -> 2      0 -> 0       +0  0 -> 0        0 -> 0      3 -> 7     clean",
                "Package upload  PUT /api/v4/projects/{id}/packages/generic/{name}/{version}/{file_name}",
                "  legacy   4 -> 4      0 -> 0       +0  0 -> 0        1 -> 1      1 -> 1     CAUGHT  external call"
                        + " inside a transaction",
                "  fixed    5 -> 5      0 -> 0       +0  0 -> 0        0 -> 0      1 -> 1     clean",
                "  Both variants answered alike at every scale.");
        long legacy = report.endpoints().size();
        assertThat(text).contains("Summary: " + legacy + " of " + legacy + " legacy variants have a problem (");
        assertThat(text).contains("; " + legacy + " of " + legacy + " fixed variants are clean.");
        assertThat(text.chars()).allMatch(c -> c == '\n' || (c >= ' ' && c < 127));
    }

    @Test
    void runsFromTheCommandLineAndWritesTheHtmlReportEscaped(@TempDir Path folder) throws IOException {
        Path html = folder.resolve("report.html");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = DemoCommand.run(new String[] {"--db", "h2", "--html", html.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Summary: ")
                .endsWith("HTML report: " + html.toAbsolutePath().normalize() + System.lineSeparator());
        String page = Files.readString(html);
        assertThat(page).startsWith("<!DOCTYPE html>").endsWith("</html>\n").doesNotContain("<script")
                .contains("<span class=\"CAUGHT\">CAUGHT</span><br>external call inside a transaction")
                .contains("reads other projects&#39; rows")
                .contains("e1_0.name=? order by d1_0.iid");
    }

    @Test
    void refusesUnknownOptionsAndMissingValuesWithStatus2() {
        assertThat(usageError("--fast")).containsExactly("Unknown option --fast", DemoCommand.USAGE);
        assertThat(usageError("--db")).containsExactly("--db needs a value", DemoCommand.USAGE);
        assertThat(usageError("--db", "oracle")).containsExactly("Unknown database 'oracle': choose h2 or postgres",
                DemoCommand.USAGE);
    }

    private static List<String> usageError(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = DemoCommand.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(2);
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void escapesTheCharactersHtmlGivesAMeaning() {
        assertThat(HtmlReport.escape("<a href=\"x\" title='y'>&</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    }

    private static EndpointReport endpoint(DemoReport report, String title) {
        List<EndpointReport> found = report.endpoints().stream()
                .filter(endpoint -> endpoint.scenario().title().equals(title)).toList();
        assertThat(found).as("the endpoints of the report").hasSize(1);
        return found.get(0);
    }

    private static VariantReport variant(EndpointReport endpoint, Variant variant) {
        return endpoint.variants().stream().filter(report -> report.variant() == variant).findFirst().orElseThrow();
    }
}
