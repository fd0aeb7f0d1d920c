package dev.queryguard.sample.support;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands test methods the run's {@link RunningApps}: {@code @ExtendWith(Apps.class)}, then a
 * {@code RunningApps apps} parameter. Stateless.
 */
public final class Apps implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == RunningApps.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return RunningApps.of(extensionContext);
    }
}
