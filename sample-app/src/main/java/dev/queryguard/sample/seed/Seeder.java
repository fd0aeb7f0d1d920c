package dev.queryguard.sample.seed;

import dev.queryguard.sample.model.Deployment;
import dev.queryguard.sample.model.Environment;
import dev.queryguard.sample.model.Package;
import dev.queryguard.sample.model.PackageBuildInfo;
import dev.queryguard.sample.model.PackageFile;
import dev.queryguard.sample.model.PackageFileBuildInfo;
import dev.queryguard.sample.model.Pipeline;
import dev.queryguard.sample.model.Project;
import dev.queryguard.sample.model.User;
import org.hibernate.SessionFactory;
import org.hibernate.Session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Creates a project and what belongs to it, as a {@link SeedPlan} says, in one transaction. Everything but the
 * ids is derived from the plan (names, timestamps from {@link #EPOCH}, SHAs as digests of names), so two
 * databases seeded alike answer with the same JSON; in a fresh database the ids are the same too. Thread-safe.
 */
public final class Seeder {

    /** The moment the seeded history starts: the project's creation. */
    public static final Instant EPOCH = Instant.parse("2026-01-05T09:00:00Z");

    private static final String[] PIPELINE_STATUSES = {"success", "failed", "success", "running"};
    private static final String[] DEPLOYMENT_STATUSES = {"success", "failed", "success", "running"};

    private final SessionFactory sessionFactory;

    public Seeder(SessionFactory sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    public Seeded seed(SeedPlan plan) {
        return sessionFactory.fromTransaction(session -> new Run(session, plan).seed());
    }

    /** One seeding: the session and the ids created so far. */
    private static final class Run {

        private final Session session;
        private final SeedPlan plan;
        private final List<Long> userIds = new ArrayList<>();
        private final List<Long> packageIds = new ArrayList<>();
        private final List<List<Long>> fileIds = new ArrayList<>();
        private final List<List<Long>> pipelineIds = new ArrayList<>();
        private final List<Long> environmentIds = new ArrayList<>();
        private final List<Long> deploymentIds = new ArrayList<>();
        private final List<User> users = new ArrayList<>();
        private int pipelineCount;

        Run(Session session, SeedPlan plan) {
            this.session = session;
            this.plan = plan;
        }

        Seeded seed() {
            for (int u = 1; u <= plan.users(); u++) {
                User user = new User(plan.key() + "-user" + u, "User " + u + " of " + plan.key());
                session.persist(user);
                users.add(user);
                userIds.add(user.getId());
            }
            Project project = new Project("Project " + plan.key(), "group/" + plan.key(), EPOCH);
            session.persist(project);
            for (int p = 0; p < plan.packages(); p++) {
                seedPackage(project, p);
            }
            seedDeployments(project);
            return new Seeded(project.getId(), userIds, packageIds, fileIds, pipelineIds, environmentIds,
                    deploymentIds);
        }

        private void seedPackage(Project project, int p) {
            Instant created = EPOCH.plus(Duration.ofHours(p + 1));
            List<Pipeline> pipelines = new ArrayList<>();
            for (int b = 0; b < plan.pipelinesPerPackage(); b++) {
                // Built before the package, oldest first, so ids and timestamps agree on "most recent".
                Instant started = created.minus(Duration.ofMinutes(5L * (plan.pipelinesPerPackage() - b)));
                Pipeline pipeline = new Pipeline(project.getId(), users.get(pipelineCount % users.size()), "main",
                        sha1(plan.key() + "/pipeline/" + pipelineCount),
                        PIPELINE_STATUSES[pipelineCount % PIPELINE_STATUSES.length], started,
                        started.plus(Duration.ofMinutes(4)));
                pipelineCount++;
                session.persist(pipeline);
                pipelines.add(pipeline);
            }
            Package pkg = new Package(project, "package-" + (p + 1), "1.0." + p, "generic", "default", created,
                    created.plus(Duration.ofMinutes(30)));
            session.persist(pkg);
            packageIds.add(pkg.getId());
            pipelineIds.add(pipelines.stream().map(Pipeline::getId).toList());
            for (Pipeline pipeline : pipelines) {
                session.persist(new PackageBuildInfo(pkg, pipeline.getId()));
            }
            List<Long> files = new ArrayList<>();
            for (int f = 0; f < plan.filesPerPackage(); f++) {
                String fileName = pkg.getName() + "-" + pkg.getVersion() + "-" + (f + 1) + ".tgz";
                PackageFile file = new PackageFile(pkg, fileName, 1024L * (f + 1), sha256(plan.key() + "/" + fileName));
                session.persist(file);
                files.add(file.getId());
                for (int b = 0; b < plan.pipelinesPerFile(); b++) {
                    Pipeline pipeline = pipelines.get((f + b) % pipelines.size());
                    session.persist(new PackageFileBuildInfo(file, pipeline.getId()));
                }
            }
            fileIds.add(files);
        }

        private void seedDeployments(Project project) {
            int iid = 0;
            for (int e = 0; e < plan.environments(); e++) {
                Environment environment = new Environment(project, environmentName(e));
                session.persist(environment);
                environmentIds.add(environment.getId());
                for (int d = 0; d < plan.deploymentsPerEnvironment(); d++) {
                    iid++;
                    Instant created = EPOCH.plus(Duration.ofMinutes(15L * iid));
                    Instant updated = created.plus(Duration.ofMinutes(5));
                    String status = DEPLOYMENT_STATUSES[(iid - 1) % DEPLOYMENT_STATUSES.length];
                    Deployment deployment = new Deployment(project, environment, iid, status, "main",
                            sha1(plan.key() + "/deployment/" + iid), created, updated,
                            status.equals("running") ? null : updated);
                    session.persist(deployment);
                    deploymentIds.add(deployment.getId());
                }
            }
        }

        private static String environmentName(int e) {
            return switch (e) {
                case 0 -> "production";
                case 1 -> "staging";
                default -> "review/app-" + (e - 1);
            };
        }
    }

    private static String sha1(String text) {
        return digest("SHA-1", text);
    }

    private static String sha256(String text) {
        return digest("SHA-256", text);
    }

    private static String digest(String algorithm, String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm)
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has " + algorithm, e);
        }
    }
}
