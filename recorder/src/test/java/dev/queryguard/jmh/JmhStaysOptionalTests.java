package dev.queryguard.jmh;

import dev.queryguard.QueryGuard;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JMH is an optional dependency of the recorder: only this package may refer to it, so that nothing an application
 * loads without JMH ever needs it.
 */
class JmhStaysOptionalTests {

    @Test
    void onlyTheProfilerPackageRefersToJmh() throws IOException, URISyntaxException {
        Path classes = Path.of(QueryGuard.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path profilerPackage = classes.resolve("dev/queryguard/jmh");
        byte[] jmhPackage = "org/openjdk/jmh/".getBytes(StandardCharsets.UTF_8);

        List<String> referringToJmh;
        try (Stream<Path> files = Files.walk(classes)) {
            referringToJmh = files.filter(file -> file.toString().endsWith(".class"))
                    .filter(file -> !file.startsWith(profilerPackage))
                    .filter(file -> contains(read(file), jmhPackage))
                    .map(file -> classes.relativize(file).toString())
                    .toList();
        }

        assertThat(contains(read(profilerPackage.resolve("QueryProfiler.class")), jmhPackage)).isTrue();
        assertThat(referringToJmh).isEmpty();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }

    private static boolean contains(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            int matched = 0;
            while (matched < part.length && bytes[i + matched] == part[matched]) {
                matched++;
            }
            if (matched == part.length) {
                return true;
            }
        }
        return false;
    }
}
