package dev.queryguard.junit.internal;

import java.util.Set;

/** Names the code that called an assertion, as messages name tests: {@code PackagesApiTests.listsPackages()}. */
public final class CallerName {

    private static final StackWalker WALKER = StackWalker.getInstance(
            Set.of(StackWalker.Option.RETAIN_CLASS_REFERENCE));

    private CallerName() {
    }

    /** The first method on the calling thread's stack outside {@code own}. */
    public static String outside(Class<?> own) {
        return WALKER.walk(frames -> frames
                .filter(frame -> frame.getDeclaringClass() != own && frame.getDeclaringClass() != CallerName.class)
                .findFirst()
                .map(frame -> simpleName(frame.getDeclaringClass()) + "." + methodName(frame.getMethodName()) + "()")
                .orElse("the scenario"));
    }

    private static String simpleName(Class<?> type) {
        String simple = type.getSimpleName();
        return simple.isEmpty() ? type.getName().substring(type.getName().lastIndexOf('.') + 1) : simple;
    }

    /** {@code lambda$listsPackages$0} is the lambda's enclosing method, {@code listsPackages}. */
    private static String methodName(String name) {
        if (name.startsWith("lambda$")) {
            String[] parts = name.split("\\$");
            return parts.length > 1 ? parts[1] : name;
        }
        return name;
    }
}
