package dev.queryguard.sample.demo;

import dev.queryguard.sample.SampleApp;
import dev.queryguard.sample.seed.Seeded;
import dev.queryguard.sample.seed.SeedPlan;

/** Feature 2, a package's files: one package with {@code n} files, each built by one pipeline. */
final class PackageFilesScenario implements DemoScenario {

    @Override
    public String title() {
        return "Package files";
    }

    @Override
    public String route() {
        return "GET /api/v4/projects/{id}/packages/{package_id}/package_files";
    }

    @Override
    public String items() {
        return "files of the package";
    }

    @Override
    public DemoRequest probe() {
        return DemoRequest.get("/api/v4/projects/0/packages/0/package_files");
    }

    @Override
    public Prepared prepare(SampleApp app, int n) {
        Seeded seeded = app.seeder().seed(SeedPlan.small("package-files-" + n).withPackages(1).withFilesPerPackage(n)
                .withDeployments(0, 0));
        return variant -> DemoRequest.get("/api/v4/projects/" + seeded.projectId() + "/packages/"
                + seeded.firstPackageId() + "/package_files");
    }
}
