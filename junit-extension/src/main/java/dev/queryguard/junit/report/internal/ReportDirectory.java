package dev.queryguard.junit.report.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The report directory ({@code target/queryguard}) that the test JVMs of a run share. Each JVM adds its part and
 * then rebuilds {@code report.json}, {@code report.html} and {@code summary.md} from every part of the run, under
 * a file lock: the JVM that finishes last leaves the complete report, and no reader sees a half-written file.
 * Thread-safe, and safe across processes.
 */
public final class ReportDirectory {

    public static final String JSON = "report.json";
    public static final String HTML = "report.html";
    public static final String SUMMARY = "summary.md";
    public static final String PARTS = "parts";
    private static final String LOCK = ".lock";
    private static final String PART_SUFFIX = ".json";

    /** A file lock is held by the whole JVM: listeners of one JVM (nested launchers) take turns here first. */
    private static final Object JVM_LOCK = new Object();

    private final Path dir;

    public ReportDirectory(Path dir) {
        this.dir = Objects.requireNonNull(dir, "dir must not be null");
    }

    public Path dir() {
        return dir;
    }

    /**
     * Writes {@code part} and rebuilds the run's report from it and the other parts of its run, deleting the
     * parts of other runs.
     *
     * @return the report as written
     * @throws UncheckedIOException naming the directory when it cannot be written
     */
    public RunReport publish(ReportPart part) {
        synchronized (JVM_LOCK) {
            try {
                Files.createDirectories(dir.resolve(PARTS));
                try (FileChannel channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE)) {
                    FileLock lock = channel.lock();
                    try {
                        return rebuild(part);
                    } finally {
                        lock.release();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("QueryGuard cannot write its report to " + dir + ": " + e, e);
            }
        }
    }

    private RunReport rebuild(ReportPart part) throws IOException {
        writeAtomically(dir.resolve(PARTS).resolve(part.name() + PART_SUFFIX), part.toJson());
        RunReport report = RunReport.merge(part.runId(), Instant.now(), partsOf(part.runId()));
        writeAtomically(dir.resolve(JSON), report.toJson());
        writeAtomically(dir.resolve(HTML), HtmlReport.render(report));
        writeAtomically(dir.resolve(SUMMARY), SummaryMarkdown.render(report));
        return report;
    }

    /**
     * The parts of run {@code runId}. Parts of other runs are deleted, and so are parts that cannot be read: every
     * part is written whole (moved into place), so an unreadable one comes from another QueryGuard version.
     */
    private List<ReportPart> partsOf(String runId) throws IOException {
        List<ReportPart> parts = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir.resolve(PARTS), "*" + PART_SUFFIX)) {
            for (Path file : files) {
                ReportPart part = read(file);
                if (part != null && part.runId().equals(runId)) {
                    parts.add(part);
                } else {
                    Files.deleteIfExists(file);
                }
            }
        }
        return parts;
    }

    private static ReportPart read(Path file) throws IOException {
        String fileName = file.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - PART_SUFFIX.length());
        try {
            return ReportPart.fromJson(name, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | DateTimeParseException | ClassCastException e) {
            return null;
        }
    }

    private static void writeAtomically(Path target, String content) throws IOException {
        Path temporary = target.resolveSibling(target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
