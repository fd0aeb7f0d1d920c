package dev.queryguard.junit.report;

import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.EngineFilter.includeEngines;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

/**
 * Runs fixture classes through a launcher of their own with the report listener registered explicitly, writing
 * the report into a given directory. Listeners found by the service loader stay off, so the outer test run never
 * sees the fixtures and the fixtures never write into the module's own report.
 */
final class ReportRun {

    private ReportRun() {
    }

    /** Runs {@code fixtures} and returns how many tests ran. */
    static TestExecutionSummary into(Path dir, Class<?>... fixtures) {
        return into(dir, Map.of(), fixtures);
    }

    /** Runs {@code fixtures} with more configuration parameters. */
    static TestExecutionSummary into(Path dir, Map<String, String> parameters, Class<?>... fixtures) {
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false)
                .enableLauncherSessionListenerAutoRegistration(false)
                .addTestExecutionListeners(new QueryGuardReportListener(), summary)
                .build());
        launcher.execute(request()
                .selectors(Arrays.stream(fixtures).map(fixture -> selectClass(fixture)).toList())
                .filters(includeEngines("junit-jupiter"))
                .configurationParameter(QueryGuardReportListener.DIR, dir.toString())
                .configurationParameters(parameters)
                .build());
        return summary.getSummary();
    }
}
