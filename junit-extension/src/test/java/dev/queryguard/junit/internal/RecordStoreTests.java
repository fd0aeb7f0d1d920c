package dev.queryguard.junit.internal;

import dev.queryguard.records.RecordFile;
import dev.queryguard.records.RecordFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Writers in several threads and several JVMs merging their sections into one record file at once. */
class RecordStoreTests {

    private static final int SECTIONS = 40;

    @TempDir
    Path folder;

    @Test
    void keepsEverySectionWrittenByThreadsAndOtherJvmsAtOnce() throws Exception {
        Path file = folder.resolve("records").resolve("Tests.queryguard.txt");
        List<String> prefixes = List.of("jvm1", "jvm2", "thread1", "thread2", "thread3");
        List<Process> jvms = List.of(start(file, "jvm1"), start(file, "jvm2"));
        for (Process jvm : jvms) {
            BufferedReader out = new BufferedReader(new InputStreamReader(jvm.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("ready");
        }
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(3);
        List<Future<?>> written = new ArrayList<>();
        for (String prefix : prefixes.subList(2, 5)) {
            written.add(threads.submit(() -> {
                go.await();
                RecordWriter.write(file, prefix, SECTIONS);
                return null;
            }));
        }
        for (Process jvm : jvms) {
            try (OutputStream in = jvm.getOutputStream()) {
                in.write("go\n".getBytes(StandardCharsets.UTF_8));
            }
        }
        go.countDown();
        for (Future<?> thread : written) {
            thread.get();
        }
        threads.shutdown();
        for (Process jvm : jvms) {
            assertThat(jvm.waitFor()).as(new String(jvm.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                    .isZero();
        }

        RecordFile records = RecordFormat.parse(Files.readString(file), file.toString());
        assertThat(records.sections()).hasSize(prefixes.size() * SECTIONS);
        for (String prefix : prefixes) {
            for (int i = 1; i <= SECTIONS; i++) {
                assertThat(records.section(RecordWriter.section(prefix, i)))
                        .contains(RecordWriter.record(prefix, i));
            }
        }
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files.map(path -> path.getFileName().toString()).sorted())
                    .containsExactly(".gitignore", ".queryguard.lock", "Tests.queryguard.txt");
        }
    }

    @Test
    void readsAMissingFileAsNoRecords() {
        assertThat(RecordStore.read(folder.resolve("Missing.queryguard.txt"), "Missing.queryguard.txt"))
                .isEqualTo(RecordFile.empty());
    }

    @Test
    void keepsTheLockAndUnfinishedWritesOutOfVersionControl() throws IOException {
        RecordWriter.write(folder.resolve("Tests.queryguard.txt"), "t", 1);

        assertThat(Files.readString(folder.resolve(".gitignore"))).isEqualTo("""
                # QueryGuard's lock and unfinished writes; the records beside them belong in version control.
                .queryguard.lock
                .*.tmp
                """);
    }

    private static Process start(Path file, String prefix) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), RecordWriter.class.getName(),
                file.toString(), prefix, Integer.toString(SECTIONS)).start();
    }
}
