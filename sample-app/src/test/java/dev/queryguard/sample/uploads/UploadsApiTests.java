package dev.queryguard.sample.uploads;

import com.fasterxml.jackson.databind.JsonNode;
import dev.queryguard.sample.SampleApp;
import dev.queryguard.sample.db.DatabaseKind;
import dev.queryguard.sample.flags.FeatureFlags;
import dev.queryguard.sample.flags.Variant;
import dev.queryguard.sample.seed.SeedPlan;
import dev.queryguard.sample.support.ApiClient;
import dev.queryguard.sample.support.Apps;
import dev.queryguard.sample.support.FailingStorage;
import dev.queryguard.sample.support.RunningApps;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(Apps.class)
class UploadsApiTests {

    private static final byte[] BYTES = "hello, object storage".getBytes(StandardCharsets.UTF_8);

    static Stream<Arguments> databasesAndVariants() {
        List<Arguments> arguments = new ArrayList<>();
        for (DatabaseKind kind : DatabaseKind.values()) {
            for (Variant variant : Variant.values()) {
                arguments.add(Arguments.of(kind, variant));
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("databasesAndVariants")
    void writesTheRowsAndStoresTheBytes(DatabaseKind kind, Variant variant, RunningApps apps) throws SQLException {
        SampleApp app = apps.app(kind);
        long project = apps.standard(kind).projectId();
        String name = "stored-" + variant.headerValue();

        ApiClient.Response response = put(app, variant, project, name, "1.2.3", "hello.txt", BYTES);

        assertThat(response.status()).isEqualTo(201);
        JsonNode answer = response.json();
        long packageId = answer.get("package").get("id").asLong();
        long fileId = answer.get("package_file").get("id").asLong();
        assertThat(response.body()).isEqualTo("{\"message\":\"201 Created\",\"package\":{\"id\":" + packageId
                + ",\"name\":\"" + name + "\",\"version\":\"1.2.3\",\"package_type\":\"generic\",\"status\":\"default\"},"
                + "\"package_file\":{\"id\":" + fileId + ",\"file_name\":\"hello.txt\",\"size\":21,"
                + "\"file_sha256\":\"" + sha256(BYTES) + "\"}}");
        assertThat(rows(app, "select project_id || ' ' || name || ' ' || version || ' ' || status from main.packages"
                + " where id = " + packageId)).containsExactly(project + " " + name + " 1.2.3 default");
        assertThat(rows(app, "select package_id || ' ' || file_name || ' ' || size || ' ' || file_sha256"
                + " from main.package_files where id = " + fileId))
                .containsExactly(packageId + " hello.txt 21 " + sha256(BYTES));
        assertThat(app.objectStorageServer().orElseThrow()
                .object("packages/" + packageId + "/files/" + fileId + "/hello.txt")).hasValue(BYTES);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("databasesAndVariants")
    void addsAFileToThePackageOfTheSameNameAndVersion(DatabaseKind kind, Variant variant, RunningApps apps)
            throws SQLException {
        SampleApp app = apps.app(kind);
        long project = apps.standard(kind).projectId();
        String name = "two-files-" + variant.headerValue();

        JsonNode first = put(app, variant, project, name, "1.0.0", "a.txt", BYTES).json();
        JsonNode second = put(app, variant, project, name, "1.0.0", "b.txt", BYTES).json();

        long packageId = first.get("package").get("id").asLong();
        assertThat(second.get("package").get("id").asLong()).isEqualTo(packageId);
        assertThat(second.get("package").get("status").asText()).isEqualTo("default");
        assertThat(rows(app, "select file_name from main.package_files where package_id = " + packageId
                + " order by id")).containsExactly("a.txt", "b.txt");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void fixedVariantMarksThePackageErrorAndAnswers502WhenTheStorageFails(DatabaseKind kind) throws SQLException {
        try (FailingStorage storage = new FailingStorage();
             SampleApp app = SampleApp.start(kind, 0, new FeatureFlags(), storage.baseUri())) {
            long project = app.seeder().seed(SeedPlan.small("failing")).projectId();

            ApiClient.Response response = put(app, Variant.FIXED, project, "broken", "1.0.0", "lost.bin", BYTES);

            List<String> packages = rows(app, "select id || ' ' || status from main.packages where name = 'broken'");
            assertThat(packages).singleElement().asString().endsWith(" error");
            String packageId = packages.get(0).split(" ")[0];
            List<String> files = rows(app, "select id from main.package_files where package_id = " + packageId);
            assertThat(files).hasSize(1);
            String path = "/objects/packages/" + packageId + "/files/" + files.get(0) + "/lost.bin";
            assertThat(response.status()).isEqualTo(502);
            assertThat(response.json().get("message").asText()).isEqualTo("502 Bad Gateway - object storage"
                    + " answered 500 to PUT " + storage.baseUri() + path + "; package " + packageId
                    + " (broken 1.0.0) is marked error");
            assertThat(storage.requests()).containsExactly("PUT " + path);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void legacyVariantRollsBackAndAnswers502WhenTheStorageFails(DatabaseKind kind) throws SQLException {
        try (FailingStorage storage = new FailingStorage();
             SampleApp app = SampleApp.start(kind, 0, new FeatureFlags(), storage.baseUri())) {
            long project = app.seeder().seed(SeedPlan.small("failing")).projectId();

            ApiClient.Response response = put(app, Variant.LEGACY, project, "broken", "1.0.0", "lost.bin", BYTES);

            assertThat(response.status()).isEqualTo(502);
            assertThat(response.json().get("message").asText()).matches("502 Bad Gateway - object storage answered"
                    + " 500 to PUT " + storage.baseUri() + "/objects/packages/\\d+/files/\\d+/lost.bin; the"
                    + " transaction rolled back, nothing was saved");
            assertThat(rows(app, "select count(*) from main.packages where name = 'broken'")).containsExactly("0");
            assertThat(storage.requests()).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void refusesUnknownProjectsAndNamesOutsideTheAlphabet(DatabaseKind kind, RunningApps apps) {
        SampleApp app = apps.app(kind);
        for (Variant variant : Variant.values()) {
            assertThat(put(app, variant, 999_999, "x", "1.0.0", "a.txt", BYTES).body())
                    .isEqualTo("{\"message\":\"404 Project Not Found\"}");
            assertThat(put(app, variant, apps.standard(kind).projectId(), "x", "1.0.0", ".hidden", BYTES).body())
                    .isEqualTo("{\"message\":\"400 Bad request - file_name must be letters, digits and ._~+-"
                            + " (starting with a letter or digit, at most 255): .hidden\"}");
        }
    }

    static ApiClient.Response put(SampleApp app, Variant variant, long project, String name, String version,
                                  String fileName, byte[] bytes) {
        return ApiClient.of(app).variant(variant).send("PUT", "/projects/" + project + "/packages/generic/" + name
                + "/" + version + "/" + fileName, HttpRequest.BodyPublishers.ofByteArray(bytes));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> rows(SampleApp app, String sql) throws SQLException {
        try (Connection connection = app.database().unrecordedDataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
