package dev.queryguard.junit.internal;

import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * The base directory of the build module whose tests run, where relative record folders start: records belong
 * in the module's source tree, not in its build output.
 */
final class ModuleDirectory {

    /** Maven's Surefire and Failsafe set it in the test JVM. */
    static final String BASEDIR = "basedir";

    private ModuleDirectory() {
    }

    /**
     * The system property {@value #BASEDIR}; else the module a test class was compiled in, when its classes
     * directory is Maven's ({@code target/test-classes}) or Gradle's ({@code build/classes/java/test}), which
     * covers IDEs that run tests from the project root; else the working directory.
     */
    static Path of(Class<?> testClass) {
        String basedir = System.getProperty(BASEDIR);
        if (basedir != null && !basedir.isBlank()) {
            return Path.of(basedir).toAbsolutePath().normalize();
        }
        Path module = fromClassesDirectory(testClass);
        return module != null ? module : Path.of("").toAbsolutePath();
    }

    private static Path fromClassesDirectory(Class<?> testClass) {
        CodeSource source = testClass.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return null;
        }
        Path classes;
        try {
            classes = Path.of(source.getLocation().toURI()).toAbsolutePath().normalize();
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
            return null;
        }
        if (!Files.isDirectory(classes)) {
            return null;
        }
        if (endsWith(classes, "target", "test-classes")) {
            return classes.getParent().getParent();
        }
        if (classes.getNameCount() >= 4 && endsWith(classes.getParent().getParent(), "build", "classes")) {
            return classes.getParent().getParent().getParent().getParent();
        }
        return null;
    }

    private static boolean endsWith(Path path, String parent, String name) {
        return path.getNameCount() >= 2 && path.getParent() != null && path.getParent().getParent() != null
                && path.getFileName().toString().equals(name)
                && path.getParent().getFileName().toString().equals(parent);
    }
}
