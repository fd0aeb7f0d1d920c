package dev.queryguard.sample.uploads;

import com.fasterxml.jackson.databind.JsonNode;
import dev.queryguard.junit.QueryGuardTest;
import dev.queryguard.junit.QueryRecorder;
import dev.queryguard.sample.SampleApp;
import dev.queryguard.sample.db.DatabaseKind;
import dev.queryguard.sample.flags.Variant;
import dev.queryguard.sample.storage.ObjectStorage;
import dev.queryguard.sample.support.ApiClient;
import dev.queryguard.sample.support.Apps;
import dev.queryguard.sample.support.Kit;
import dev.queryguard.sample.support.MainSources;
import dev.queryguard.sample.support.RunningApps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The uploads under QueryGuard's external-call check, on by default: the legacy upload is caught calling the
 * object storage inside its transaction, the fixed one passes. The requests run on the app's server threads and
 * record into the test through the scope header.
 */
@ExtendWith(Apps.class)
class UploadsQueryGuardTests {

    private static final Pattern TRANSACTION = Pattern.compile("transaction \\d+ on connection \\d+");

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void legacyUploadIsCaughtCallingTheStorageInsideItsTransaction(DatabaseKind kind, RunningApps apps) {
        Fixture.use(apps.app(kind), apps.standard(kind).projectId());

        EngineExecutionResults results = Kit.run(LegacyUploadTestCase.class);

        results.testEvents().assertStatistics(stats -> stats.failed(1));
        String message = Kit.failureMessage(results);
        long packageId = Fixture.answer.get("package").get("id").asLong();
        long fileId = Fixture.answer.get("package_file").get("id").asLong();
        String insertPackage = MainSources.callSite(LegacyPackageUploader.class, "store", "// legacy: insert the package");
        assertThat(message).isEqualTo("""
                Expected LegacyUploadTestCase.uploadsAFile() not to call external services inside a database \
                transaction,
                but it called %s
                    at %s
                while %s was open:
                    began at %s
                    statements so far:
                      %s
                        at %s
                      %s
                        at %s
                Commit first and call the service after, or allow it with \
                @AllowExternalCallsInTransaction(reason = "...").""".formatted(
                Fixture.app.objectStorage().uri("packages/" + packageId + "/files/" + fileId + "/fixture.txt"),
                MainSources.callSite(ObjectStorage.class, "put", "// storage: PUT"), transactionOf(message),
                insertPackage, inserts(kind, "main.packages", "created_at,name,package_type,project_id,status,"
                        + "updated_at,version", 7), insertPackage,
                inserts(kind, "main.package_files", "file_name,file_sha256,package_id,size", 4),
                MainSources.callSite(LegacyPackageUploader.class, "store", "// legacy: insert the package file")));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void fixedUploadPassesTheExternalCallCheck(DatabaseKind kind, RunningApps apps) {
        Fixture.use(apps.app(kind), apps.standard(kind).projectId());

        EngineExecutionResults results = Kit.run(FixedUploadTestCase.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
        // The test's own request to the API and the app's PUT to the storage: seen, and after the commit.
        assertThat(Kit.reportEntries(results)).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("queryguard.externalCalls", "2"));
        assertThat(Fixture.answer.get("package").get("status").asText()).isEqualTo("default");
    }

    /** Hibernate's insert with a generated id: H2 names the id column with {@code default}, PostgreSQL leaves it out. */
    private static String inserts(DatabaseKind kind, String table, String columns, int values) {
        String parameters = String.join(",", Collections.nCopies(values, "?"));
        return switch (kind) {
            case H2 -> "insert into " + table + " (" + columns + ",id) values (" + parameters + ",default)";
            case POSTGRES -> "insert into " + table + " (" + columns + ") values (" + parameters + ")";
        };
    }

    private static String transactionOf(String message) {
        Matcher matcher = TRANSACTION.matcher(message);
        assertThat(matcher.find()).as("a transaction in: %s", message).isTrue();
        return matcher.group();
    }

    @QueryGuardTest
    static class LegacyUploadTestCase {
        @Test
        void uploadsAFile(QueryRecorder recorder) {
            Fixture.upload(Variant.LEGACY, recorder);
        }
    }

    @QueryGuardTest
    static class FixedUploadTestCase {
        @Test
        void uploadsAFile(QueryRecorder recorder) {
            Fixture.upload(Variant.FIXED, recorder);
        }
    }

    /** What the fixtures upload to, set by the test that runs them; and what they were answered. */
    static final class Fixture {
        private static final AtomicInteger UPLOADS = new AtomicInteger();
        static volatile SampleApp app;
        static volatile long project;
        static volatile JsonNode answer;

        static void use(SampleApp app, long project) {
            Fixture.app = app;
            Fixture.project = project;
            Fixture.answer = null;
        }

        static void upload(Variant variant, QueryRecorder recorder) {
            ApiClient.Response response = ApiClient.of(app).variant(variant).scope(recorder.testScope().headerValue())
                    .send("PUT", "/projects/" + project + "/packages/generic/fixture-" + UPLOADS.incrementAndGet()
                                    + "/1.0.0/fixture.txt",
                            HttpRequest.BodyPublishers.ofString("bytes", StandardCharsets.UTF_8));
            answer = response.json();
            assertThat(response.status()).as(response.body()).isEqualTo(201);
        }
    }
}
