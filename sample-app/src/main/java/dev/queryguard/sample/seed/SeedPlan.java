package dev.queryguard.sample.seed;

/**
 * What the {@link Seeder} creates for one project. {@code key} names the project ({@code group/<key>}) and
 * prefixes its users' names, so it must be unique in the database.
 *
 * <pre>{@code
 * Seeded seeded = seeder.seed(SeedPlan.small("acme").withPackages(30));
 * }</pre>
 *
 * @param key                  unique name of the project, letters, digits and {@code -}
 * @param users                users who trigger the pipelines, taken in turn
 * @param packages             packages of the project
 * @param filesPerPackage      files of each package
 * @param pipelinesPerPackage  pipelines that built each package
 * @param pipelinesPerFile     pipelines, of its package's, that built each file
 * @param environments         environments of the project: production, staging, then review apps
 * @param deploymentsPerEnvironment deployments to each environment
 */
public record SeedPlan(String key, int users, int packages, int filesPerPackage, int pipelinesPerPackage,
                       int pipelinesPerFile, int environments, int deploymentsPerEnvironment) {

    public SeedPlan {
        if (key == null || !key.matches("[A-Za-z0-9][A-Za-z0-9-]*")) {
            throw new IllegalArgumentException("key must be letters, digits and '-': " + key);
        }
        atLeast("users", users, 1);
        atLeast("packages", packages, 0);
        atLeast("filesPerPackage", filesPerPackage, 0);
        atLeast("pipelinesPerPackage", pipelinesPerPackage, 0);
        atLeast("pipelinesPerFile", pipelinesPerFile, 0);
        atLeast("environments", environments, 0);
        atLeast("deploymentsPerEnvironment", deploymentsPerEnvironment, 0);
        if (pipelinesPerFile > pipelinesPerPackage) {
            throw new IllegalArgumentException("pipelinesPerFile must not exceed pipelinesPerPackage: "
                    + pipelinesPerFile + " > " + pipelinesPerPackage);
        }
    }

    /**
     * A small project: 2 users, 3 packages of 2 files, each package built by 2 pipelines and each file by 1,
     * 2 environments with 3 deployments each.
     */
    public static SeedPlan small(String key) {
        return new SeedPlan(key, 2, 3, 2, 2, 1, 2, 3);
    }

    public SeedPlan withUsers(int users) {
        return new SeedPlan(key, users, packages, filesPerPackage, pipelinesPerPackage, pipelinesPerFile,
                environments, deploymentsPerEnvironment);
    }

    public SeedPlan withPackages(int packages) {
        return new SeedPlan(key, users, packages, filesPerPackage, pipelinesPerPackage, pipelinesPerFile,
                environments, deploymentsPerEnvironment);
    }

    public SeedPlan withFilesPerPackage(int filesPerPackage) {
        return new SeedPlan(key, users, packages, filesPerPackage, pipelinesPerPackage, pipelinesPerFile,
                environments, deploymentsPerEnvironment);
    }

    public SeedPlan withPipelines(int pipelinesPerPackage, int pipelinesPerFile) {
        return new SeedPlan(key, users, packages, filesPerPackage, pipelinesPerPackage, pipelinesPerFile,
                environments, deploymentsPerEnvironment);
    }

    public SeedPlan withDeployments(int environments, int deploymentsPerEnvironment) {
        return new SeedPlan(key, users, packages, filesPerPackage, pipelinesPerPackage, pipelinesPerFile,
                environments, deploymentsPerEnvironment);
    }

    private static void atLeast(String name, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(name + " must be at least " + minimum + ": " + value);
        }
    }
}
