package dev.queryguard.records;

/**
 * A query record file QueryGuard cannot read, with the line at fault. The message reads like
 * {@code src/test/resources/queryguard/dev.example.PackagesApiTests.queryguard.txt line 7: unknown kind 'SELEKT'
 * (expected SELECT, INSERT, ...)}.
 */
public final class RecordFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    /**
     * Creates the exception.
     *
     * @param file    the file as messages name it
     * @param line    the 1-based line at fault, or 0 when the problem is the whole file
     * @param problem what is wrong, as a sentence without the location
     */
    public RecordFormatException(String file, int line, String problem) {
        this(file, line, problem, null);
    }

    /** Creates the exception with the failure that caused it. */
    public RecordFormatException(String file, int line, String problem, Throwable cause) {
        super(file + (line > 0 ? " line " + line : "") + ": " + problem, cause);
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative: " + line);
        }
        this.file = file;
        this.line = line;
    }

    /** The file as messages name it. */
    public String file() {
        return file;
    }

    /** The 1-based line at fault, or 0 when the problem is the whole file. */
    public int line() {
        return line;
    }
}
