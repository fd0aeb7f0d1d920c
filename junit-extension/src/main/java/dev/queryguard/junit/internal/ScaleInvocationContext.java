package dev.queryguard.junit.internal;

import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;

import java.util.List;

/** One invocation of a {@link dev.queryguard.junit.ScalingTest} method, named after its scale: "3 items". */
final class ScaleInvocationContext implements TestTemplateInvocationContext {

    private final int n;

    ScaleInvocationContext(int n) {
        this.n = n;
    }

    @Override
    public String getDisplayName(int invocationIndex) {
        return n == 1 ? "1 item" : n + " items";
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
        return List.of(new ScaleExtension(n));
    }
}
