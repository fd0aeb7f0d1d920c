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
    private static final int MAX_REMEMBERED_CALL_SITES = 10_000;

    private final ConcurrentHashMap<String, Boolean> excludedByClass = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<FrameKey, CallSite> callSites = new ConcurrentHashMap<>();

    CallSiteFinder(List<String> excludedPrefixes) {
        this.excludedPrefixes = excludedPrefixes.toArray(String[]::new);
    }

    CallSite find() {
        return WALKER.walk(frames -> frames
                .filter(frame -> !excluded(frame.getClassName()))
                .findFirst()
                .map(this::callSiteOf)
                .orElse(null));
    }

    /**
     * The call site of a frame, remembered by class, method and bytecode index: resolving a frame's file and
     * line costs more than the walk that found it, and a test runs the same lines again and again. Remembered
     * call sites are shared by every entry made at that line.
     */
    private CallSite callSiteOf(StackWalker.StackFrame frame) {
        FrameKey key = new FrameKey(frame.getClassName(), frame.getMethodName(), frame.getByteCodeIndex());
        CallSite known = callSites.get(key);
        if (known == null) {
            known = new CallSite(key.className(), key.methodName(), frame.getFileName(), frame.getLineNumber());
            if (callSites.size() >= MAX_REMEMBERED_CALL_SITES) {
                callSites.clear();
            }
            callSites.putIfAbsent(key, known);
        }
        return known;
    }

    private record FrameKey(String className, String methodName, int byteCodeIndex) {
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
        if (isGeneratedProxy(className)) {
            return true;
        }
        for (String prefix : excludedPrefixes) {
            // QueryGuard's own tests and samples are application code as far as call sites go.
            if (className.startsWith(prefix) && !(prefix.equals(OWN_PACKAGE) && isOwnApplicationCode(className))) {
                return true;
            }
        }
        return false;
    }

    /** Hibernate's lazy proxies and ByteBuddy or CGLIB subclasses stand for the code that touched them. */
    private static boolean isGeneratedProxy(String className) {
        return className.contains("$HibernateProxy") || className.contains("$ByteBuddy$")
                || className.contains("$$");
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
