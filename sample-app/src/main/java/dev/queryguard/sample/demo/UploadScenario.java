package dev.queryguard.sample.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.queryguard.sample.SampleApp;
import dev.queryguard.sample.http.Json;
import dev.queryguard.sample.seed.SeedPlan;

import java.nio.charset.StandardCharsets;

/** Feature 5, the generic package upload: one file into a project that already holds {@code n} packages. */
final class UploadScenario implements DemoScenario {

    private static final byte[] FILE = "QueryGuard demo package file\n".getBytes(StandardCharsets.UTF_8);

    @Override
    public String title() {
        return "Package upload";
    }

    @Override
    public String route() {
        return "PUT /api/v4/projects/{id}/packages/generic/{name}/{version}/{file_name}";
    }

    @Override
    public String items() {
        return "packages already in the project";
    }

    @Override
    public DemoRequest probe() {
        return DemoRequest.put("/api/v4/projects/0/packages/generic/probe/0.0.0/probe.bin", new byte[0]);
    }

    @Override
    public Prepared prepare(SampleApp app, int n) {
        long project = app.seeder().seed(SeedPlan.small("uploads-" + n).withPackages(n).withDeployments(0, 0))
                .projectId();
        return variant -> DemoRequest.put("/api/v4/projects/" + project + "/packages/generic/demo-"
                + variant.headerValue() + "/1.0." + n + "/demo.bin", FILE);
    }

    /** Each variant creates its own package: the answers agree but for the ids and the name. */
    @Override
    public String comparable(DemoAnswer answer) {
        try {
            ObjectNode json = (ObjectNode) Json.mapper().readTree(answer.body());
            if (json.get("package") instanceof ObjectNode pkg && json.get("package_file") instanceof ObjectNode file) {
                pkg.remove("id");
                pkg.remove("name");
                file.remove("id");
            }
            return answer.status() + " " + json;
        } catch (JsonProcessingException | ClassCastException e) {
            return answer.status() + " " + answer.body();
        }
    }
}
