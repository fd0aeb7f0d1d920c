package dev.queryguard.junit;

import dev.queryguard.QueryGuard;
import dev.queryguard.junit.internal.ExtensionSettings;
import dev.queryguard.junit.internal.ReportEntries;
import dev.queryguard.junit.internal.TestCheck;
import dev.queryguard.junit.internal.TestChecks;
import dev.queryguard.junit.internal.TestQueryRecorder;
import dev.queryguard.junit.internal.TestRecording;
import dev.queryguard.junit.internal.TestScope;
import dev.queryguard.recording.Recording;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.MultipleFailuresError;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * Records each test method body and runs QueryGuard's checks on it. Register it with {@link QueryGuardTest}
 * or {@code @ExtendWith(QueryGuardExtension.class)}; the check annotations register it too. Stateless: all
 * state lives in the {@link ExtensionContext.Store}.
 */
public final class QueryGuardExtension
        implements BeforeAllCallback, InvocationInterceptor, ParameterResolver, AfterTestExecutionCallback {

    private static final String PARALLEL = "junit.jupiter.execution.parallel.enabled";

    @Override
    public void beforeAll(ExtensionContext context) {
        // Before the class builds its HttpClients, which keep the ProxySelector of their build time.
        QueryGuard.watchExternalCalls();
        ExtensionSettings.of(context);
        allThreads(context);
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
                                    ExtensionContext context) throws Throwable {
        record(invocation, context);
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation,
                                            ReflectiveInvocationContext<Method> invocationContext,
                                            ExtensionContext context) throws Throwable {
        record(invocation, context);
    }

    private static void record(Invocation<Void> invocation, ExtensionContext context) throws Throwable {
        TestScope scope = TestScope.open(context, allThreads(context));
        try {
            invocation.proceed();
        } finally {
            Recording recording = scope.stop(context);
            TestScope.putRecording(context, new TestRecording(testName(context), recording));
        }
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        TestRecording test = TestScope.recordingOf(context);
        if (test == null) {
            return;
        }
        context.publishReportEntry(ReportEntries.of(test.recording()));
        context.publishReportEntry(ReportEntries.DETAIL, ReportEntries.detail(test, context.getRequiredTestClass()));
        if (context.getExecutionException().isPresent()) {
            return;
        }
        List<AssertionFailedError> failures = new ArrayList<>();
        for (TestCheck check : TestChecks.ALL) {
            failures.addAll(check.check(test, context));
        }
        if (failures.size() == 1) {
            throw failures.get(0);
        }
        if (!failures.isEmpty()) {
            throw new MultipleFailuresError(test.testName() + " broke " + failures.size() + " QueryGuard checks",
                    failures);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == QueryRecorder.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return new TestQueryRecorder(extensionContext);
    }

    private static boolean allThreads(ExtensionContext context) {
        Threads threads = context.getTestClass()
                .flatMap(testClass -> AnnotationSupport.findAnnotation(testClass, QueryGuardTest.class))
                .map(QueryGuardTest::threads)
                .orElse(Threads.CONFIGURED);
        boolean allThreads = threads == Threads.ALL_THREADS
                || threads == Threads.CONFIGURED && ExtensionSettings.of(context).allThreadsByDefault();
        if (allThreads && context.getConfigurationParameter(PARALLEL).map(Boolean::parseBoolean).orElse(false)) {
            throw new ExtensionConfigurationException("QueryGuard cannot record all threads of "
                    + context.getRequiredTestClass().getSimpleName() + " while JUnit runs tests in parallel ("
                    + PARALLEL + "=true): concurrent tests would see each other's statements. Record the test"
                    + " thread and carry its scope to other threads (QueryRecorder.testScope().wrap(...), or the "
                    + "X-QueryGuard-Scope request header), or turn parallel execution off.");
        }
        return allThreads;
    }

    private static String testName(ExtensionContext context) {
        String className = context.getRequiredTestClass().getSimpleName();
        Method method = context.getRequiredTestMethod();
        return className + "." + method.getName() + "()";
    }
}
