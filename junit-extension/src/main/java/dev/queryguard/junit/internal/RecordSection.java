package dev.queryguard.junit.internal;

import org.junit.jupiter.api.extension.ExtensionContext;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The section of a test in its class's record file: {@code listsPackages()}, with the parameter types as JUnit
 * names a method ({@code lists(Database)}), and the invocation of a parameterized, repeated or scaling test
 * ({@code lists(Database) #2}), which stays the same as long as the arguments keep their order.
 */
final class RecordSection {

    private static final Pattern INVOCATION = Pattern.compile("\\[test-template-invocation:(#\\d+)]$");

    private RecordSection() {
    }

    static String of(ExtensionContext context) {
        Method method = context.getRequiredTestMethod();
        String name = method.getName() + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(", ", "(", ")"));
        Matcher invocation = INVOCATION.matcher(context.getUniqueId());
        return invocation.find() ? name + " " + invocation.group(1) : name;
    }
}
