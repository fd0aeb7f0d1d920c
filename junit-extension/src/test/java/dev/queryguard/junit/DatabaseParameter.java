package dev.queryguard.junit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** Gives fixtures the {@link Database} their run names in {@value Database#PARAMETER} (H2 by default). */
public final class DatabaseParameter implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == Database.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return extensionContext.getConfigurationParameter(Database.PARAMETER).map(Database::valueOf)
                .orElse(Database.H2);
    }
}
