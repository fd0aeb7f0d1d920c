package dev.queryguard.sample.demo;

import java.util.List;

/** The endpoints the demo runs, in the order. Endpoints the build does not serve yet are skipped. */
public final class DemoScenarios {

    private DemoScenarios() {
    }

    /** Every endpoint of the sample app, served or not. */
    public static List<DemoScenario> all() {
        return List.of(new PackagesScenario(), new PackageFilesScenario(), new PackagePipelinesScenario(),
                new DeploymentsScenario(), new UploadScenario());
    }
}
