package dev.queryguard.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Finds the line of a fixture's statement by a marker comment, so messages can be pinned with their call sites. */
final class SourceLines {

    private SourceLines() {
    }

    /** The 1-based line of {@code testClass}'s source that ends with {@code marker}, which must be the only one. */
    static int lineOf(Class<?> testClass, String marker) {
        // junit6-compat runs these tests from another module and names the sources' folder.
        Path source = Path.of(System.getProperty("test.sources.dir", "src/test/java"),
                testClass.getName().replace('.', '/') + ".java");
        try {
            List<String> lines = Files.readAllLines(source);
            int found = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).stripTrailing().endsWith(marker)) {
                    if (found >= 0) {
                        throw new IllegalStateException(marker + " ends more than one line of " + source);
                    }
                    found = i + 1;
                }
            }
            if (found < 0) {
                throw new IllegalStateException(marker + " ends no line of " + source);
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
