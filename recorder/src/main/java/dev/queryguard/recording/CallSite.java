package dev.queryguard.recording;

import java.util.Objects;

/**
 * Where the application ran a statement: the first stack frame outside the JDK, JDBC drivers, p6spy,
 * Hibernate, connection pools and QueryGuard.
 *
 * @param className  the declaring class, fully qualified
 * @param methodName the method
 * @param fileName   the source file, or {@code null} when unknown
 * @param lineNumber the line, or a negative number when unknown
 */
public record CallSite(String className, String methodName, String fileName, int lineNumber) {

    public CallSite {
        Objects.requireNonNull(className, "className must not be null");
        Objects.requireNonNull(methodName, "methodName must not be null");
    }

    public static CallSite of(StackTraceElement frame) {
        return new CallSite(frame.getClassName(), frame.getMethodName(), frame.getFileName(), frame.getLineNumber());
    }

    /** Returns the frame as the JDK would print it, which IDEs turn into a link. */
    public StackTraceElement toStackTraceElement() {
        return new StackTraceElement(className, methodName, fileName, lineNumber);
    }

    /** Formats the call site as {@code PackageService.java:57 (PackageService.pipelinesOf)}. */
    @Override
    public String toString() {
        String simpleName = className.substring(className.lastIndexOf('.') + 1);
        String file = fileName != null ? fileName : simpleName + ".java";
        String line = lineNumber >= 0 ? ":" + lineNumber : "";
        return file + line + " (" + simpleName + "." + methodName + ")";
    }
}
