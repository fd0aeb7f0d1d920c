package dev.queryguard.sample.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds lines of the app's own sources by a comment at their end, so that failure messages can be pinned with
 * their call sites, {@code PackagesLegacy.java:57 (PackagesLegacy.recentPipelines)}, and survive edits that
 * move lines.
 */
public final class MainSources {

    private MainSources() {
    }

    /** {@code File.java:<line> (Class.method)} for the one line of {@code type}'s source ending with {@code comment}. */
    public static String callSite(Class<?> type, String method, String comment) {
        return type.getSimpleName() + ".java:" + line(type, comment) + " (" + type.getSimpleName() + "." + method + ")";
    }

    /** The 1-based line of {@code type}'s source (under {@code src/main/java}) that ends with {@code comment}. */
    public static int line(Class<?> type, String comment) {
        Path source = Path.of("src/main/java", type.getName().replace('.', '/') + ".java");
        List<String> lines;
        try {
            lines = Files.readAllLines(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int found = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).stripTrailing().endsWith(comment)) {
                if (found > 0) {
                    throw new IllegalStateException("'" + comment + "' ends more than one line of " + source);
                }
                found = i + 1;
            }
        }
        if (found < 0) {
            throw new IllegalStateException("'" + comment + "' ends no line of " + source);
        }
        return found;
    }
}
