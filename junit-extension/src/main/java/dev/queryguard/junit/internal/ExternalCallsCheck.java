package dev.queryguard.junit.internal;

import dev.queryguard.check.ExternalCallsInTransaction;
import dev.queryguard.junit.AllowExternalCallsInTransaction;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.AssertionFailedError;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;

/**
 * Fails a test whose body called an external service inside a transaction it began, unless the test or its class
 * carries {@link AllowExternalCallsInTransaction}. On for every test under the extension.
 */
public final class ExternalCallsCheck implements TestCheck {

    static final String ALLOW_HINT = "@AllowExternalCallsInTransaction(reason = \"...\")";

    @Override
    public List<AssertionFailedError> check(TestRecording test, ExtensionContext context) {
        if (allowed(context)) {
            return List.of();
        }
        return ExternalCallsInTransaction.check(test.testName(), test.recording(), ALLOW_HINT)
                .map(Failures::toAssertion)
                .stream().toList();
    }

    /** Whether the method, its class or an enclosing class allows the calls; a blank reason is misuse. */
    private static boolean allowed(ExtensionContext context) {
        Method method = context.getRequiredTestMethod();
        Optional<AllowExternalCallsInTransaction> onMethod =
                AnnotationSupport.findAnnotation(method, AllowExternalCallsInTransaction.class);
        if (onMethod.isPresent()) {
            return requireReason(onMethod.get(), method.getDeclaringClass().getSimpleName() + "." + method.getName()
                    + "()");
        }
        for (Optional<ExtensionContext> current = Optional.of(context); current.isPresent();
             current = current.get().getParent()) {
            Optional<Class<?>> testClass = current.get().getTestClass();
            Optional<AllowExternalCallsInTransaction> onClass = testClass.flatMap(type ->
                    AnnotationSupport.findAnnotation(type, AllowExternalCallsInTransaction.class));
            if (onClass.isPresent()) {
                return requireReason(onClass.get(), testClass.get().getSimpleName());
            }
        }
        return false;
    }

    private static boolean requireReason(AllowExternalCallsInTransaction allow, String element) {
        if (allow.reason().isBlank()) {
            throw new ExtensionConfigurationException("@AllowExternalCallsInTransaction on " + element
                    + ": reason must say why the calls may run inside a transaction, was blank");
        }
        return true;
    }
}
