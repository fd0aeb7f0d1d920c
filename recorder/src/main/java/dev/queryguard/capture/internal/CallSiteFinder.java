package dev.queryguard.capture.internal;

import dev.queryguard.recording.CallSite;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the application frame that caused a statement. It walks the stack lazily and stops at the first frame
 * outside the excluded packages, so the cost grows with the depth of framework code, not of the whole stack;
 * the verdict per class name is remembered.
 */
final class CallSiteFinder {

    private static final StackWalker WALKER = StackWalker.getInstance();
    private static final String OWN_PACKAGE = "dev.queryguard.";
    private static final String OWN_TEST_PACKAGE_MARKER = "Tests";

    private final String[] excludedPrefixes;
    private final ConcurrentHashMap<String, Boolean> excludedByClass = new ConcurrentHashMap<>();

    CallSiteFinder(List<String> excludedPrefixes) {
        this.excludedPrefixes = excludedPrefixes.toArray(String[]::new);
    }

    CallSite find() {
        return WALKER.walk(frames -> frames
                .filter(frame -> !excluded(frame.getClassName()))
                .findFirst()
                .map(frame -> new CallSite(frame.getClassName(), frame.getMethodName(), frame.getFileName(),
                        frame.getLineNumber()))
                .orElse(null));
    }

    StackTraceElement[] stack() {
        return WALKER.walk(frames -> frames
                .dropWhile(frame -> isRecorderFrame(frame.getClassName()))
                .map(StackWalker.StackFrame::toStackTraceElement)
                .toArray(StackTraceElement[]::new));
    }

    boolean excluded(String className) {
        Boolean known = excludedByClass.get(className);
        if (known == null) {
            known = computeExcluded(className);
            excludedByClass.putIfAbsent(className, known);
        }
        return known;
    }

    private boolean computeExcluded(String className) {
        for (String prefix : excludedPrefixes) {
            // QueryGuard's own tests and samples are application code as far as call sites go.
            if (className.startsWith(prefix) && !(prefix.equals(OWN_PACKAGE) && isOwnApplicationCode(className))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOwnApplicationCode(String className) {
        String outer = className.contains("$") ? className.substring(0, className.indexOf('$')) : className;
        return outer.endsWith(OWN_TEST_PACKAGE_MARKER) || className.startsWith("dev.queryguard.sample.")
                || className.startsWith("dev.queryguard.benchmarks.");
    }

    private static boolean isRecorderFrame(String className) {
        return className.startsWith("com.p6spy.") || className.startsWith("dev.queryguard.capture.")
                || className.startsWith("dev.queryguard.recording.");
    }
}
