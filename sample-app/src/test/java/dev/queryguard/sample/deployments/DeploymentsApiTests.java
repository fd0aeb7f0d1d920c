package dev.queryguard.sample.deployments;

import com.fasterxml.jackson.databind.JsonNode;
import dev.queryguard.sample.db.DatabaseKind;
import dev.queryguard.sample.flags.Variant;
import dev.queryguard.sample.seed.Seeded;
import dev.queryguard.sample.support.ApiClient;
import dev.queryguard.sample.support.Apps;
import dev.queryguard.sample.support.RunningApps;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployments API over HTTP, on the standard project {@code acme}: production holds iids 1 to 3 (success,
 * failed, success), staging 4 to 6 (running, success, failed); deployment {@code i} was updated at
 * 09:05 + 15 i minutes on 2026-01-05 (UTC).
 */
@ExtendWith(Apps.class)
class DeploymentsApiTests {

    static Stream<Arguments> queriesBothVariantsAccept() {
        List<Arguments> arguments = new ArrayList<>();
        for (DatabaseKind kind : DatabaseKind.values()) {
            arguments.add(Arguments.of(kind, "", List.of(1, 2, 3, 4, 5, 6)));
            arguments.add(Arguments.of(kind, "?environment=production", List.of(1, 2, 3)));
            arguments.add(Arguments.of(kind, "?environment=staging&status=success", List.of(5)));
            arguments.add(Arguments.of(kind, "?status=failed&sort=desc", List.of(6, 2)));
            arguments.add(Arguments.of(kind, "?order_by=iid&sort=desc&per_page=2&page=2", List.of(4, 3)));
            arguments.add(Arguments.of(kind, "?order_by=created_at", List.of(1, 2, 3, 4, 5, 6)));
            arguments.add(Arguments.of(kind, "?environment=staging&order_by=updated_at", List.of(4, 5, 6)));
            arguments.add(Arguments.of(kind, "?updated_after=2026-01-05T09:35:00Z&updated_before=2026-01-05T10:20:00Z",
                    List.of(2, 3, 4, 5)));
            arguments.add(Arguments.of(kind, "?environment=production&updated_after=2026-01-05T09:30:00Z"
                    + "&order_by=updated_at&sort=desc", List.of(3, 2)));
            arguments.add(Arguments.of(kind, "?environment=production&per_page=2&page=2", List.of(3)));
            arguments.add(Arguments.of(kind, "?environment=review-app-9", List.of()));
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("queriesBothVariantsAccept")
    void answersTheSameDeploymentsInBothVariants(DatabaseKind kind, String query, List<Integer> iids, RunningApps apps) {
        ApiClient client = ApiClient.of(apps.app(kind));
        String path = "/projects/" + apps.standard(kind).projectId() + "/deployments" + query;

        JsonNode legacy = client.variant(Variant.LEGACY).get(path).ok();
        JsonNode fixed = client.variant(Variant.FIXED).get(path).ok();

        assertThat(fixed).isEqualTo(legacy);
        List<Integer> answered = new ArrayList<>();
        fixed.forEach(deployment -> answered.add(deployment.get("iid").asInt()));
        assertThat(answered).isEqualTo(iids);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void writesGitLabsFieldsWithTheEnvironment(DatabaseKind kind, RunningApps apps) {
        Seeded acme = apps.standard(kind);

        String body = ApiClient.of(apps.app(kind)).variant(Variant.FIXED)
                .get("/projects/" + acme.projectId() + "/deployments?environment=staging&status=success").body();

        assertThat(body).isEqualTo("[{\"id\":" + acme.deploymentIds().get(4) + ",\"iid\":5,\"ref\":\"main\",\"sha\":\""
                + sha1("acme/deployment/5") + "\",\"status\":\"success\",\"created_at\":\"2026-01-05T10:15:00Z\","
                + "\"updated_at\":\"2026-01-05T10:20:00Z\",\"finished_at\":\"2026-01-05T10:20:00Z\","
                + "\"environment\":{\"id\":" + acme.environmentIds().get(1) + ",\"name\":\"staging\"}}]");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void fixedVariantRefusesAnUpdatedAtFilterSortedByAnotherColumn(DatabaseKind kind, RunningApps apps) {
        ApiClient client = ApiClient.of(apps.app(kind));
        String path = "/projects/" + apps.standard(kind).projectId()
                + "/deployments?updated_after=2026-01-05T09:30:00Z&order_by=iid";

        ApiClient.Response fixed = client.variant(Variant.FIXED).get(path);
        ApiClient.Response legacy = client.variant(Variant.LEGACY).get(path);

        assertThat(fixed.status()).isEqualTo(400);
        assertThat(fixed.json().get("message").asText()).isEqualTo("400 Bad request - InefficientQueryException:"
                + " `updated_at` filter requires `updated_at` sort: no index serves updated_after with order_by=iid."
                + " Allowed: updated_after/updated_before with order_by=updated_at or without order_by (ordered by"
                + " updated_at, id); without them, order_by=id, iid, created_at (ordered by id) or updated_at"
                + " (ordered by updated_at, id).");
        assertThat(legacy.ok().size()).isEqualTo(5);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void fixedVariantNamesBothUpdatedAtFiltersWhenRefusing(DatabaseKind kind, RunningApps apps) {
        ApiClient.Response fixed = ApiClient.of(apps.app(kind)).variant(Variant.FIXED).get("/projects/"
                + apps.standard(kind).projectId() + "/deployments?updated_after=2026-01-05T09:30:00Z"
                + "&updated_before=2026-01-05T10:30:00Z&order_by=id&environment=production");

        assertThat(fixed.status()).isEqualTo(400);
        assertThat(fixed.json().get("message").asText()).startsWith("400 Bad request - InefficientQueryException:"
                + " `updated_at` filter requires `updated_at` sort: no index serves updated_after and updated_before"
                + " with order_by=id. Allowed: ");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void refusesValuesTheApiDoesNotKnowInBothVariants(DatabaseKind kind, RunningApps apps) {
        String path = "/projects/" + apps.standard(kind).projectId() + "/deployments";
        for (Variant variant : Variant.values()) {
            ApiClient client = ApiClient.of(apps.app(kind)).variant(variant);

            assertThat(client.get(path + "?order_by=ref").body()).isEqualTo("{\"message\":\"400 Bad request -"
                    + " order_by does not have a valid value: ref (choose id, iid, created_at, updated_at)\"}");
            assertThat(client.get(path + "?sort=up").body()).isEqualTo("{\"message\":\"400 Bad request -"
                    + " sort does not have a valid value: up (choose asc or desc)\"}");
            assertThat(client.get(path + "?status=done").body()).isEqualTo("{\"message\":\"400 Bad request -"
                    + " status does not have a valid value: done\"}");
            assertThat(client.get(path + "?updated_after=yesterday").body()).isEqualTo("{\"message\":\"400 Bad"
                    + " request - updated_after is invalid, expected an ISO 8601 date-time: yesterday\"}");
            assertThat(client.get("/projects/999999/deployments").body())
                    .isEqualTo("{\"message\":\"404 Project Not Found\"}");
        }
    }

    static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
