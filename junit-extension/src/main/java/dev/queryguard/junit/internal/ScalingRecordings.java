package dev.queryguard.junit.internal;

import dev.queryguard.check.CheckFailure;
import dev.queryguard.check.ScalingRule;
import dev.queryguard.recording.Recording;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * What the invocations of one {@link dev.queryguard.junit.ScalingTest} recorded, scale by scale, kept in the
 * store of the test template so that the invocation finishing last can compare them. Thread-safe.
 */
final class ScalingRecordings {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(ScalingRecordings.class);

    private final String testName;
    private final ScalingRule rule;
    private final boolean warmUp;
    private final Map<Integer, Recording> byScale = new ConcurrentSkipListMap<>();
    private final Set<Integer> finished = new HashSet<>();

    ScalingRecordings(String testName, ScalingRule rule, boolean warmUp) {
        this.testName = testName;
        this.rule = rule;
        this.warmUp = warmUp;
    }

    /** Keeps the recordings of the template running in {@code templateContext}. */
    static void open(ExtensionContext templateContext, ScalingRecordings recordings) {
        templateContext.getStore(NAMESPACE).put(ScalingRecordings.class, recordings);
    }

    /** The recordings of the template that {@code invocationContext} is an invocation of. */
    static ScalingRecordings of(ExtensionContext invocationContext) {
        ExtensionContext template = invocationContext.getParent().orElseThrow(() -> new IllegalStateException(
                "A scale's invocation runs inside its test template: " + invocationContext.getUniqueId()));
        ScalingRecordings recordings = template.getStore(NAMESPACE).get(ScalingRecordings.class,
                ScalingRecordings.class);
        if (recordings == null) {
            throw new IllegalStateException("No scaling recordings for " + template.getUniqueId());
        }
        return recordings;
    }

    String testName() {
        return testName;
    }

    boolean warmUp() {
        return warmUp;
    }

    boolean has(int n) {
        return byScale.containsKey(n);
    }

    void put(int n, Recording recording) {
        byScale.put(n, recording);
    }

    /** Notes that the invocation of scale {@code n} finished; returns whether it was the last to finish. */
    synchronized boolean finish(int n) {
        finished.add(n);
        return finished.size() == rule.scales().size();
    }

    /**
     * The failure of the comparison; empty when the statements stayed within the slope, or when a scale has no
     * recording because its invocation already failed.
     */
    Optional<CheckFailure> compare() {
        if (!byScale.keySet().containsAll(rule.scales())) {
            return Optional.empty();
        }
        return rule.compare(byScale).failure(testName);
    }
}
