package dev.queryguard.sample.packages;

import com.fasterxml.jackson.databind.JsonNode;
import dev.queryguard.sample.SampleApp;
import dev.queryguard.sample.db.DatabaseKind;
import dev.queryguard.sample.flags.Variant;
import dev.queryguard.sample.http.Json;
import dev.queryguard.sample.seed.SeedPlan;
import dev.queryguard.sample.seed.Seeded;
import dev.queryguard.sample.support.ApiClient;
import dev.queryguard.sample.support.Apps;
import dev.queryguard.sample.support.RunningApps;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The packages endpoints answer the same JSON in both variants, on both databases. */
@ExtendWith(Apps.class)
class PackagesApiTests {

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void listsPackagesNewestFirstWithTheirPipelinesAndUsers(DatabaseKind kind, RunningApps apps) throws IOException {
        assertBothVariantsAnswer(apps.app(kind), "/projects/1/packages", "acme-packages.json");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void listsAPackagesFilesWithTheirPipelines(DatabaseKind kind, RunningApps apps) throws IOException {
        assertBothVariantsAnswer(apps.app(kind), "/projects/1/packages/1/package_files",
                "acme-package-1-files.json");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void listsThePipelinesThatBuiltAPackageMostRecentFirst(DatabaseKind kind, RunningApps apps) throws IOException {
        assertBothVariantsAnswer(apps.app(kind), "/projects/1/packages/1/pipelines",
                "acme-package-1-pipelines.json");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void showsTheFiveMostRecentPipelinesOfEachPackageAndFile(DatabaseKind kind, RunningApps apps) {
        SampleApp app = apps.app(kind);
        Seeded seeded = app.seeder().seed(SeedPlan.small("bounded-" + kind.optionName()).withPackages(2)
                .withFilesPerPackage(2).withPipelines(7, 6));
        String project = "/projects/" + seeded.projectId();
        List<Long> built = seeded.pipelineIds().get(1);

        for (Variant variant : Variant.values()) {
            ApiClient api = ApiClient.of(app).variant(variant);
            JsonNode packages = api.get(project + "/packages").ok();
            assertThat(ids(packages.get(0).get("pipelines")))
                    .as(variant + " pipelines of the newest package")
                    .containsExactly(built.get(6), built.get(5), built.get(4), built.get(3), built.get(2));
            JsonNode files = api.get(project + "/packages/" + seeded.packageIds().get(1) + "/package_files").ok();
            assertThat(ids(files.get(1).get("pipelines"))).as(variant + " pipelines of the second file")
                    .containsExactly(built.get(6), built.get(5), built.get(4), built.get(3), built.get(2));
            assertThat(ids(api.get(project + "/packages/" + seeded.packageIds().get(1) + "/pipelines").ok()))
                    .as(variant + " pipelines of the package").hasSize(7);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void answersPagesAlikeInBothVariants(DatabaseKind kind, RunningApps apps) {
        SampleApp app = apps.app(kind);
        Seeded seeded = app.seeder().seed(SeedPlan.small("paged-" + kind.optionName()).withPackages(7)
                .withFilesPerPackage(5).withPipelines(4, 3).withUsers(3));
        String project = "/projects/" + seeded.projectId();
        long pkg = seeded.packageIds().get(3);

        for (String path : List.of(project + "/packages?page=2&per_page=3", project + "/packages?page=3&per_page=3",
                project + "/packages?page=4&per_page=3", project + "/packages/" + pkg + "/package_files?per_page=2",
                project + "/packages/" + pkg + "/package_files?page=3&per_page=2",
                project + "/packages/" + pkg + "/pipelines?page=2&per_page=3")) {
            JsonNode legacy = ApiClient.of(app).variant(Variant.LEGACY).get(path).ok();
            JsonNode fixed = ApiClient.of(app).variant(Variant.FIXED).get(path).ok();
            assertThat(fixed).as(path).isEqualTo(legacy);
        }
        assertThat(names(ApiClient.of(app).variant(Variant.FIXED).get(project + "/packages?page=2&per_page=3").ok()))
                .containsExactly("package-4", "package-3", "package-2");
        assertThat(ApiClient.of(app).variant(Variant.FIXED).get(project + "/packages?page=4&per_page=3").ok())
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void answers404ForAnUnknownProjectOrPackage(DatabaseKind kind, RunningApps apps) {
        Seeded other = apps.app(kind).seeder().seed(SeedPlan.small("other-" + kind.optionName()));

        for (Variant variant : Variant.values()) {
            ApiClient api = ApiClient.of(apps.app(kind)).variant(variant);
            assertThat(api.get("/projects/999/packages")).isEqualTo(notFound("Project"));
            assertThat(api.get("/projects/999/packages/1/package_files")).isEqualTo(notFound("Project"));
            assertThat(api.get("/projects/999/packages/1/pipelines")).isEqualTo(notFound("Project"));
            assertThat(api.get("/projects/1/packages/999/package_files")).isEqualTo(notFound("Package"));
            assertThat(api.get("/projects/1/packages/999/pipelines")).isEqualTo(notFound("Package"));
            // A package of another project is not found either.
            assertThat(api.get("/projects/1/packages/" + other.firstPackageId() + "/package_files"))
                    .isEqualTo(notFound("Package"));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void refusesBadParametersWith400(DatabaseKind kind, RunningApps apps) {
        ApiClient api = ApiClient.of(apps.app(kind));

        assertThat(api.get("/projects/1/packages?per_page=all"))
                .isEqualTo(badRequest("per_page must be a number: all"));
        assertThat(api.get("/projects/1/packages/1/package_files?page=-1"))
                .isEqualTo(badRequest("page must be at least 1: -1"));
        assertThat(api.get("/projects/one/packages")).isEqualTo(badRequest("id must be a positive number: one"));
        assertThat(api.header("X-Feature-Variant", "newest").get("/projects/1/packages"))
                .isEqualTo(badRequest("X-Feature-Variant must be legacy or fixed: newest"));
    }

    private static void assertBothVariantsAnswer(SampleApp app, String path, String expectedResource)
            throws IOException {
        JsonNode expected = expected(expectedResource);
        for (Variant variant : Variant.values()) {
            assertThat(ApiClient.of(app).variant(variant).get(path).ok()).as(variant + " " + path).isEqualTo(expected);
        }
    }

    private static JsonNode expected(String resource) throws IOException {
        try (InputStream in = PackagesApiTests.class.getResourceAsStream("/expected/" + resource)) {
            return Json.mapper().readTree(in);
        }
    }

    private static List<Long> ids(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(node -> node.get("id").asLong()).toList();
    }

    private static List<String> names(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(node -> node.get("name").asText()).toList();
    }

    private static ApiClient.Response notFound(String what) {
        return new ApiClient.Response(404, "{\"message\":\"404 " + what + " Not Found\"}");
    }

    private static ApiClient.Response badRequest(String problem) {
        return new ApiClient.Response(400, "{\"message\":\"400 Bad request - " + problem + "\"}");
    }
}
