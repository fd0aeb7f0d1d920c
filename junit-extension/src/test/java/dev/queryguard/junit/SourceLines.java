package dev.queryguard.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Call sites of fixture lines, found by a marker comment at the end of the line ({@code // L:loop}), so expected
 * messages survive edits that move lines.
 */
public final class SourceLines {

    private SourceLines() {
    }

    /** {@code MaxQueriesTests.java:57 (MaxQueriesTests$OverBudgetTestCase.body)} for the line marked {@code marker}. */
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
        Path source = Path.of("src/test/java", outer.getName().replace('.', '/') + ".java");
        List<String> lines;
        try {
            lines = Files.readAllLines(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Pattern marked = Pattern.compile("//\\s*L:" + Pattern.quote(marker) + "\\s*$");
        int found = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (marked.matcher(lines.get(i)).find()) {
                if (found > 0) {
                    throw new IllegalStateException("Marker L:" + marker + " is on two lines of " + source);
                }
                found = i + 1;
            }
        }
        if (found < 0) {
            throw new IllegalStateException("No line of " + source + " ends with // L:" + marker);
        }
        return found;
    }
}
