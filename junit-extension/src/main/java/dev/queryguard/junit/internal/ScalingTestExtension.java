package dev.queryguard.junit.internal;

import dev.queryguard.check.ScalingRule;
import dev.queryguard.junit.Scale;
import dev.queryguard.junit.ScalingTest;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs a {@link ScalingTest} method once per scale, like JUnit's repeated tests: each invocation gets its
 * {@link Scale}, and the invocation of the last scale compares the recordings of all of them. Stateless: the
 * recordings live in the template's store.
 */
public final class ScalingTestExtension implements TestTemplateInvocationContextProvider {

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getTestMethod().map(method -> AnnotationSupport.isAnnotated(method, ScalingTest.class))
                .orElse(false);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        Method method = context.getRequiredTestMethod();
        ScalingTest annotation = AnnotationSupport.findAnnotation(method, ScalingTest.class).orElseThrow();
        String testName = context.getRequiredTestClass().getSimpleName() + "." + method.getName() + "()";
        ScalingRule rule = rule(annotation, testName);
        if (Arrays.stream(method.getParameterTypes()).noneMatch(Scale.class::equals)) {
            throw new ExtensionConfigurationException("@ScalingTest on " + testName + ": the method must take a"
                    + " Scale parameter, create scale.n() items and record its action with scale.record(() -> ...)");
        }
        ScalingRecordings.open(context, new ScalingRecordings(testName, rule, annotation.warmUp()));
        return rule.scales().stream().map(ScaleInvocationContext::new);
    }

    private static ScalingRule rule(ScalingTest annotation, String testName) {
        List<Integer> scales = Arrays.stream(annotation.scales()).boxed().toList();
        try {
            ScalingRule.checkScales(scales);
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException("@ScalingTest(scales = " + scales.stream().map(String::valueOf)
                    .collect(Collectors.joining(", ", "{", "}")) + ") on " + testName + ": " + e.getMessage(), e);
        }
        try {
            ScalingRule.checkSlope(annotation.slope());
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException("@ScalingTest(slope = " + annotation.slope() + ") on "
                    + testName + ": " + e.getMessage(), e);
        }
        return new ScalingRule(scales, annotation.slope());
    }
}
