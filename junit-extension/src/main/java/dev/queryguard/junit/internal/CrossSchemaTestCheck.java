package dev.queryguard.junit.internal;

import dev.queryguard.check.AllowedExecutions;
import dev.queryguard.check.CheckFailure;
import dev.queryguard.check.CrossSchemaCheck;
import dev.queryguard.check.internal.BlockAllowances;
import dev.queryguard.config.SchemaGroups;
import dev.queryguard.junit.AllowCrossSchemaJoins;
import dev.queryguard.junit.internal.CrossSchemaAllowlist.Entry;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.AssertionFailedError;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Fails a test whose body joins tables of schema groups that may not be mixed, once groups are configured. The
 * test passes when {@link AllowCrossSchemaJoins} is on its method or class, or an allowlist entry covers it;
 * single statements pass inside {@code CrossSchemaJoins.allow} blocks or with the SQL marker comment.
 */
final class CrossSchemaTestCheck implements TestCheck {

    static final List<String> WAYS_TO_ALLOW = Stream.concat(
            Stream.of("@AllowCrossSchemaJoins(reason = \"<issue URL>\") on the test"),
            CrossSchemaCheck.ALLOW_IN_CODE.stream()).toList();

    @Override
    public List<AssertionFailedError> check(TestRecording test, ExtensionContext context) {
        // Taken first and even when nothing is checked, so allowances never outlive the test that made them.
        AllowedExecutions blocks = BlockAllowances.take(test.recording());
        boolean annotated = allowedByAnnotation(test.testName(), context);
        CrossSchemaAllowlist allowlist = CrossSchemaAllowlist.of(context);
        SchemaGroups groups = ExtensionSettings.of(context).config().schemaGroups();
        if (!groups.configured()) {
            return List.of();
        }
        Optional<CheckFailure> failure =
                CrossSchemaCheck.check(test.testName(), test.recording(), groups, blocks, WAYS_TO_ALLOW);
        List<Entry> entries =
                allowlist.matching(context.getRequiredTestClass(), context.getRequiredTestMethod().getName());
        if (!entries.isEmpty()) {
            AllowlistUsage usage = AllowlistUsage.of(context, allowlist);
            entries.forEach(usage::consulted);
            if (failure.isPresent() && !annotated) {
                // The most specific entry takes the credit: a class entry its methods' entries cover shows as unused.
                usage.needed(entries.get(0));
                return List.of();
            }
        }
        if (failure.isEmpty() || annotated) {
            return List.of();
        }
        return List.of(Failures.toAssertion(failure.get()));
    }

    /** Whether the test method or its class carries the annotation; a blank reason is refused either way. */
    private static boolean allowedByAnnotation(String testName, ExtensionContext context) {
        Method method = context.getRequiredTestMethod();
        boolean annotated = AnnotationSupport.findAnnotation(method, AllowCrossSchemaJoins.class)
                .map(annotation -> validated(annotation, testName))
                .isPresent();
        for (Class<?> type = context.getRequiredTestClass(); type != null; type = enclosingOfNested(type)) {
            String name = type.getSimpleName();
            annotated |= AnnotationSupport.findAnnotation(type, AllowCrossSchemaJoins.class)
                    .map(annotation -> validated(annotation, name))
                    .isPresent();
        }
        return annotated;
    }

    private static AllowCrossSchemaJoins validated(AllowCrossSchemaJoins annotation, String element) {
        if (annotation.reason().isBlank()) {
            throw new ExtensionConfigurationException("@AllowCrossSchemaJoins on " + element
                    + ": reason must not be blank");
        }
        return annotation;
    }

    /** The class enclosing a {@code @Nested} (inner) test class, whose annotations cover it; else {@code null}. */
    private static Class<?> enclosingOfNested(Class<?> type) {
        return type.isMemberClass() && !Modifier.isStatic(type.getModifiers()) ? type.getEnclosingClass() : null;
    }
}
