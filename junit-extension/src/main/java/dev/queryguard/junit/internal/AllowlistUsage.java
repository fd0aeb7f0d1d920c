package dev.queryguard.junit.internal;

import dev.queryguard.junit.internal.CrossSchemaAllowlist.Entry;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.MultipleFailuresError;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which allowlist entries the tests of one class needed, kept in the class's store: when JUnit closes the class,
 * each entry some test consulted but none needed is reported (and fails the class in strict mode), so the list
 * only shrinks. Judged per class because a method entry covers every invocation of a parameterized test and a
 * class entry every test of its class. Thread-safe, for tests that run concurrently.
 */
final class AllowlistUsage implements AutoCloseable {

    /** The report entry key of an entry no test needed; its value is {@value #UNUSED}. */
    static final String REPORT_KEY = "queryguard.crossSchema.allowlist";
    static final String UNUSED = "unused";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(AllowlistUsage.class);

    private final ExtensionContext classContext;
    private final CrossSchemaAllowlist allowlist;
    private final Map<Entry, Boolean> neededByEntry = new LinkedHashMap<>();

    private AllowlistUsage(ExtensionContext classContext, CrossSchemaAllowlist allowlist) {
        this.classContext = classContext;
        this.allowlist = allowlist;
    }

    /** The usage of the class running the test of {@code context}. */
    static AllowlistUsage of(ExtensionContext context, CrossSchemaAllowlist allowlist) {
        ExtensionContext classContext = classContextOf(context);
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(AllowlistUsage.class,
                key -> new AllowlistUsage(classContext, allowlist), AllowlistUsage.class);
    }

    /** A test covered by {@code entry} was checked. */
    synchronized void consulted(Entry entry) {
        neededByEntry.putIfAbsent(entry, false);
    }

    /** A test covered by {@code entry} joined schema groups that may not be mixed, and only the entry let it pass. */
    synchronized void needed(Entry entry) {
        neededByEntry.put(entry, true);
    }

    @Override
    public void close() {
        List<Entry> unused = new ArrayList<>();
        synchronized (this) {
            neededByEntry.forEach((entry, needed) -> {
                if (!needed) {
                    unused.add(entry);
                }
            });
        }
        List<Throwable> failures = new ArrayList<>();
        for (Entry entry : unused) {
            classContext.publishReportEntry(Map.of(REPORT_KEY, UNUSED,
                    REPORT_KEY + ".entry", entry.toString(),
                    REPORT_KEY + ".line", allowlist.locationOf(entry)));
            if (allowlist.strict()) {
                failures.add(new AssertionFailedError(unusedMessage(entry)));
            }
        }
        if (failures.size() == 1) {
            throw (AssertionFailedError) failures.get(0);
        }
        if (!failures.isEmpty()) {
            throw new MultipleFailuresError(failures.size() + " entries of the cross-schema allowlist are unused",
                    failures);
        }
    }

    private String unusedMessage(Entry entry) {
        return entry + " no longer joins tables of schema groups that may not be mixed:\n"
                + "remove its line " + allowlist.locationOf(entry) + " so the join cannot come back unnoticed ("
                + CrossSchemaAllowlist.STRICT_SETTING + "=true).";
    }

    private static ExtensionContext classContextOf(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }
}
