package dev.queryguard.sample.records;

import dev.queryguard.junit.QueryGuardTest;
import dev.queryguard.junit.QueryRecorder;
import dev.queryguard.junit.QueryRecords;
import dev.queryguard.sample.db.DatabaseKind;
import dev.queryguard.sample.flags.Variant;
import dev.queryguard.sample.seed.Seeded;
import dev.queryguard.sample.support.ApiClient;
import dev.queryguard.sample.support.Apps;
import dev.queryguard.sample.support.RunningApps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The CI gate on the sample app: what each fixed endpoint runs is committed under
 * {@code src/test/resources/queryguard/}, and a change that runs more statements fails until its record is
 * rewritten ({@code -Dqueryguard.records.mode=overwrite}) and reviewed. On H2 only: Hibernate writes some
 * statements differently for PostgreSQL, and one set of records per endpoint is what a reviewer wants to read.
 */
@QueryGuardTest
@QueryRecords
@ExtendWith(Apps.class)
class ApiQueryRecordsTests {

    private ApiClient api;
    private String project;
    private long firstPackage;

    // Seeding runs here, unrecorded, so no record depends on which test happens to seed first.
    @BeforeEach
    void seed(RunningApps apps) {
        Seeded acme = apps.standard(DatabaseKind.H2);
        api = ApiClient.of(apps.app(DatabaseKind.H2)).variant(Variant.FIXED);
        project = "/projects/" + acme.projectId();
        firstPackage = acme.packageIds().get(0);
    }

    @Test
    void listsPackages(QueryRecorder recorder) {
        api.scope(recorder.testScope().headerValue()).get(project + "/packages?per_page=20").ok();
    }

    @Test
    void listsAPackagesFiles(QueryRecorder recorder) {
        api.scope(recorder.testScope().headerValue()).get(project + "/packages/" + firstPackage + "/package_files").ok();
    }

    @Test
    void listsAPackagesPipelines(QueryRecorder recorder) {
        api.scope(recorder.testScope().headerValue()).get(project + "/packages/" + firstPackage + "/pipelines").ok();
    }

    @Test
    void findsDeploymentsOfAnEnvironment(QueryRecorder recorder) {
        api.scope(recorder.testScope().headerValue()).get(project + "/deployments?environment=production").ok();
    }
}
