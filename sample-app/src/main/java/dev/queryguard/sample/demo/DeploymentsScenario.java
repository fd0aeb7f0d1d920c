package dev.queryguard.sample.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.queryguard.analysis.StatementKind;
import dev.queryguard.check.SqlText;
import dev.queryguard.recording.Recording;
import dev.queryguard.recording.StatementEntry;
import dev.queryguard.sample.SampleApp;
import dev.queryguard.sample.http.Json;
import dev.queryguard.sample.seed.SeedPlan;

import java.util.Optional;

/**
 * Feature 4, the deployments finder: a project's production deployments, beside a neighbour project with the same
 * environment names and as many deployments. No QueryGuard check sees the legacy finder's problem; the recording
 * does: its statement reads the neighbour's rows too.
 */
final class DeploymentsScenario implements DemoScenario {

    private static final String TABLE = "main.deployments";

    @Override
    public String title() {
        return "Deployments finder";
    }

    @Override
    public String route() {
        return "GET /api/v4/projects/{id}/deployments?environment=production";
    }

    @Override
    public String items() {
        return "deployments per environment, in the project and in a neighbour with the same environment names";
    }

    @Override
    public DemoRequest probe() {
        return DemoRequest.get("/api/v4/projects/0/deployments");
    }

    @Override
    public Prepared prepare(SampleApp app, int n) {
        SeedPlan plan = SeedPlan.small("deployments-" + n).withPackages(0).withDeployments(2, n);
        long project = app.seeder().seed(plan).projectId();
        app.seeder().seed(SeedPlan.small("deployments-" + n + "-neighbour").withPackages(0).withDeployments(2, n));
        return variant -> DemoRequest.get("/api/v4/projects/" + project + "/deployments?environment=production");
    }

    @Override
    public Optional<DemoProblem> beyondChecks(String subject, int n, Recording recording, DemoAnswer answer) {
        int answered = deployments(answer);
        for (StatementEntry statement : recording.statements()) {
            boolean readsDeployments = statement.kind() == StatementKind.SELECT
                    && !statement.analysis().tables().isEmpty()
                    && statement.analysis().tables().get(0).name().equals(TABLE);
            if (readsDeployments && statement.rowsRead() > answered) {
                return Optional.of(new DemoProblem(null, "reads other projects' rows: " + statement.rowsRead()
                        + " rows of " + TABLE + " read to answer " + answered,
                        Verdicts.brief(statement.fingerprint()), SqlText.at(statement.callSite()), "",
                        subject + " read " + statement.rowsRead() + " rows of " + TABLE + " to answer " + answered
                                + " deployments at " + n + " " + "deployments per environment: its statement has no"
                                + " project_id predicate, so it reads the deployments of every project with an"
                                + " environment of that name and drops the others in Java. QueryGuard's checks count"
                                + " statements, not rows or plans: the demo reads this from the rows each statement"
                                + " read, which QueryGuard records."));
            }
        }
        return Optional.empty();
    }

    private static int deployments(DemoAnswer answer) {
        if (answer.status() != 200) {
            return 0;
        }
        try {
            return Json.mapper().readTree(answer.body()).size();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The deployments API answered no JSON: " + answer.body(), e);
        }
    }
}
