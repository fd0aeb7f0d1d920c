package dev.queryguard.sample.demo;

import dev.queryguard.sample.SampleApp;
import dev.queryguard.sample.seed.SeedPlan;

/** Feature 1, the packages list: a project with {@code n} packages, each built by 2 pipelines. */
final class PackagesScenario implements DemoScenario {

    @Override
    public String title() {
        return "Packages list";
    }

    @Override
    public String route() {
        return "GET /api/v4/projects/{id}/packages?per_page=100";
    }

    @Override
    public String items() {
        return "packages";
    }

    @Override
    public DemoRequest probe() {
        return DemoRequest.get("/api/v4/projects/0/packages");
    }

    @Override
    public Prepared prepare(SampleApp app, int n) {
        long project = app.seeder().seed(SeedPlan.small("packages-" + n).withPackages(n).withDeployments(0, 0))
                .projectId();
        return variant -> DemoRequest.get("/api/v4/projects/" + project + "/packages?per_page=100");
    }
}
