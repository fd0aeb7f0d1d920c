package dev.queryguard.sample.demo;

import dev.queryguard.sample.SampleApp;
import dev.queryguard.sample.seed.Seeded;
import dev.queryguard.sample.seed.SeedPlan;

/** Feature 3, a package's pipelines: one package built by {@code n} pipelines. */
final class PackagePipelinesScenario implements DemoScenario {

    @Override
    public String title() {
        return "Package pipelines";
    }

    @Override
    public String route() {
        return "GET /api/v4/projects/{id}/packages/{package_id}/pipelines";
    }

    @Override
    public String items() {
        return "pipelines of the package";
    }

    @Override
    public DemoRequest probe() {
        return DemoRequest.get("/api/v4/projects/0/packages/0/pipelines");
    }

    @Override
    public Prepared prepare(SampleApp app, int n) {
        Seeded seeded = app.seeder().seed(SeedPlan.small("package-pipelines-" + n).withPackages(1)
                .withPipelines(n, 1).withDeployments(0, 0));
        return variant -> DemoRequest.get("/api/v4/projects/" + seeded.projectId() + "/packages/"
                + seeded.firstPackageId() + "/pipelines");
    }
}
