package dev.queryguard.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Runs code with one more class-path resource, through the context class loader the extension reads its files
 * with, so a test can give a fixture run a file without putting it on the whole module's test class path.
 */
final class ExtraClassPath {

    private ExtraClassPath() {
    }

    static <T> T withResource(String name, String content, Supplier<T> action) {
        Path root = null;
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try {
            root = Files.createTempDirectory("queryguard-classpath");
            Path file = root.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            try (URLClassLoader loader = new URLClassLoader(new URL[] {url(root)}, previous)) {
                thread.setContextClassLoader(loader);
                return action.get();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            thread.setContextClassLoader(previous);
            delete(root);
        }
    }

    private static URL url(Path root) throws MalformedURLException {
        return root.toUri().toURL();
    }

    private static void delete(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
