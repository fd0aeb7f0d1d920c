package dev.queryguard.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds fixture lines by a marker comment at the end of the line, so failure messages can be pinned with their
 * call sites and survive edits that move lines.
 */
public final class SourceLines {

    private SourceLines() {
    }

    /** {@code MaxQueriesTests.java:57 (MaxQueriesTests$OverBudgetTestCase.body)} for the line marked {@code // L:marker}. */
    public static String at(Class<?> fixture, String method, String marker) {
        Class<?> outer = fixture;
        while (outer.getEnclosingClass() != null) {
            outer = outer.getEnclosingClass();
        }
        String simpleName = fixture.getName().substring(fixture.getName().lastIndexOf('.') + 1);
        return outer.getSimpleName() + ".java:" + line(outer, marker) + " (" + simpleName + "." + method + ")";
    }

    /** The 1-based line of {@code outer}'s source that ends with {@code // L:<marker>}. */
    public static int line(Class<?> outer, String marker) {
        return onlyLine(outer, Pattern.compile("//\\s*L:" + Pattern.quote(marker) + "\\s*$"), "// L:" + marker);
    }

    /** The 1-based line of {@code testClass}'s source that ends with {@code marker}, which must be the only one. */
    static int lineOf(Class<?> testClass, String marker) {
        return onlyLine(testClass, Pattern.compile(Pattern.quote(marker) + "\\s*$"), marker);
    }

    private static int onlyLine(Class<?> testClass, Pattern marked, String marker) {
        Path source = source(testClass);
        List<String> lines;
        try {
            lines = Files.readAllLines(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int found = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (marked.matcher(lines.get(i)).find()) {
                if (found > 0) {
                    throw new IllegalStateException(marker + " ends more than one line of " + source);
                }
                found = i + 1;
            }
        }
        if (found < 0) {
            throw new IllegalStateException(marker + " ends no line of " + source);
        }
        return found;
    }

    private static Path source(Class<?> testClass) {
        // junit6-compat runs these tests from another module and names the sources' folder.
        return Path.of(System.getProperty("test.sources.dir", "src/test/java"),
                testClass.getName().replace('.', '/') + ".java");
    }
}
