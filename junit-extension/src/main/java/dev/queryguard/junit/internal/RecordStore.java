package dev.queryguard.junit.internal;

import dev.queryguard.records.QueryRecord;
import dev.queryguard.records.RecordFile;
import dev.queryguard.records.RecordFormat;
import dev.queryguard.records.RecordFormatException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Reads and writes record files so that tests finishing at once, in parallel threads or in several JVMs (Surefire
 * forks), never lose or tear each other's records. Readers need no lock: a file is replaced in one atomic move,
 * so they see it whole, before or after. A writer merges its test's section into the file under a lock on the
 * folder's {@value #LOCK_FILE}. Thread-safe.
 */
final class RecordStore {

    /** The lock file writers share in a records folder; never deleted, as a waiting JVM may hold it open. */
    static final String LOCK_FILE = ".queryguard.lock";

    private static final String GITIGNORE = """
            # QueryGuard's lock and unfinished writes; the records beside them belong in version control.
            .queryguard.lock
            .*.tmp
            """;

    /**
     * One monitor per folder for the threads of this JVM: a file lock belongs to the whole JVM, so a second
     * thread asking for it would get an {@code OverlappingFileLockException} rather than wait. Process-wide
     * state by nature, as the lock it guards.
     */
    private static final ConcurrentMap<Path, Object> MONITORS = new ConcurrentHashMap<>();

    private RecordStore() {
    }

    /**
     * The records in {@code file}; none when it does not exist.
     *
     * @param name the file as messages name it
     * @throws RecordFormatException naming the file and line when the file cannot be read as records
     */
    static RecordFile read(Path file, String name) {
        String text = text(file, name);
        return text == null ? RecordFile.empty() : RecordFormat.parse(text, name);
    }

    /**
     * Puts {@code record} as the section {@code section} of {@code file}, keeping the other sections as they
     * are in the file at that moment.
     *
     * @param header the comment lines at the top of the file
     */
    static void write(Path file, String name, String section, QueryRecord record, List<String> header) {
        Path folder = file.toAbsolutePath().getParent();
        synchronized (MONITORS.computeIfAbsent(folder, key -> new Object())) {
            try {
                Files.createDirectories(folder);
                ignoreOwnFiles(folder);
                try (FileChannel channel = FileChannel.open(folder.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE)) {
                    FileLock lock = channel.lock();
                    try {
                        String before = text(file, name);
                        RecordFile current = before == null ? RecordFile.empty() : RecordFormat.parse(before, name);
                        String after = RecordFormat.print(current.with(section, record), header);
                        if (!after.equals(before)) {
                            replace(file, after);
                        }
                    } finally {
                        lock.release();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("QueryGuard cannot write the query record " + name + ": " + e, e);
            }
        }
    }

    private static String text(Path file, String name) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        } catch (MalformedInputException e) {
            throw new RecordFormatException(name, 0, "is not UTF-8 text", e);
        } catch (IOException e) {
            throw new UncheckedIOException("QueryGuard cannot read the query record " + name + ": " + e, e);
        }
    }

    /** Writes a sibling first, then moves it over the file: no reader ever sees half a file. */
    private static void replace(Path file, String text) throws IOException {
        Path sibling = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.writeString(sibling, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            try {
                Files.move(sibling, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(sibling, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(sibling);
        }
    }

    /** Keeps the lock and unfinished writes out of version control, unless the folder has its own rules. */
    private static void ignoreOwnFiles(Path folder) throws IOException {
        Path gitignore = folder.resolve(".gitignore");
        if (Files.exists(gitignore)) {
            return;
        }
        try {
            Files.writeString(gitignore, GITIGNORE, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            // Another JVM wrote it first: the same text.
        }
    }
}
