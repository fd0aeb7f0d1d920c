package dev.queryguard.junit.internal;

import dev.queryguard.junit.Scale;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The extension of one scale's invocation: it hands the method its {@link Scale}, and after the method checks
 * that the action was recorded; the invocation that finishes last (the last scale: they run one after the
 * other) compares all scales and fails on growth.
 */
final class ScaleExtension implements ParameterResolver, AfterTestExecutionCallback {

    private final int n;

    ScaleExtension(int n) {
        this.n = n;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == Scale.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return new TestScale(n, ScalingRecordings.of(extensionContext));
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        ScalingRecordings recordings = ScalingRecordings.of(context);
        boolean allFinished = recordings.finish(n);
        if (context.getExecutionException().isPresent()) {
            return;
        }
        if (!recordings.has(n)) {
            throw new ExtensionConfigurationException(recordings.testName() + " recorded nothing at "
                    + TestScale.items(n) + ": record the action whose statements must not grow with"
                    + " scale.record(() -> ...)");
        }
        if (allFinished) {
            recordings.compare().ifPresent(failure -> {
                throw Failures.toAssertion(failure);
            });
        }
    }
}
