package dev.queryguard.config;

/**
 * A configuration source QueryGuard cannot use, with the file, line and key at fault.
 *
 * <p>The message reads like {@code queryguard.properties line 7: queryguard.groups.unmapped must be 'fail' or
 * 'ignore', was 'maybe'}; sources without lines (system properties, maps) leave the line out.
 */
public final class ConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String key;

    /**
     * Creates the exception.
     *
     * @param file    the file or source the bad setting came from
     * @param line    the 1-based line of the setting, or 0 when the source has no lines
     * @param key     the key at fault, or {@code null} when the problem is not one key's (a malformed line)
     * @param problem what is wrong, as a sentence without the location
     */
    public ConfigException(String file, int line, String key, String problem) {
        this(file, line, key, problem, null);
    }

    /** Creates the exception with the I/O or other failure that caused it. */
    public ConfigException(String file, int line, String key, String problem, Throwable cause) {
        super(file + (line > 0 ? " line " + line : "") + ": " + problem, cause);
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative: " + line);
        }
        this.file = file;
        this.line = line;
        this.key = key;
    }

    /** The file or source the bad setting came from. */
    public String file() {
        return file;
    }

    /** The 1-based line of the bad setting, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** The key at fault, or {@code null} when the problem is a malformed line or a missing file. */
    public String key() {
        return key;
    }
}
