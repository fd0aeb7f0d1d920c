package dev.queryguard.sample.uploads;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One file uploaded to a project's generic package registry: {@code name} and {@code version} name the package
 * (created on its first file), {@code fileName} the file. Immutable.
 */
public final class GenericUpload {

    /** What names, versions and file names may hold: they become segments of the object's URL unencoded. */
    public static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~+-]{0,254}");

    private final long projectId;
    private final String name;
    private final String version;
    private final String fileName;
    private final byte[] bytes;

    public GenericUpload(long projectId, String name, String version, String fileName, byte[] bytes) {
        if (projectId < 1) {
            throw new IllegalArgumentException("projectId must be positive: " + projectId);
        }
        this.projectId = projectId;
        this.name = segment("package_name", name);
        this.version = segment("package_version", version);
        this.fileName = segment("file_name", fileName);
        this.bytes = Objects.requireNonNull(bytes, "bytes must not be null").clone();
    }

    private static String segment(String role, String value) {
        Objects.requireNonNull(value, role + " must not be null");
        if (!SEGMENT.matcher(value).matches()) {
            throw new IllegalArgumentException(role + " must be letters, digits and ._~+- (starting with a letter"
                    + " or digit, at most 255): " + value);
        }
        return value;
    }

    public long projectId() {
        return projectId;
    }

    public String name() {
        return name;
    }

    public String version() {
        return version;
    }

    public String fileName() {
        return fileName;
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public long size() {
        return bytes.length;
    }

    /** The SHA-256 of the bytes, in hex. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    /** The key of a package file's bytes in the object storage: {@code packages/<id>/files/<id>/<file name>}. */
    static String storageKey(long packageId, long packageFileId, String fileName) {
        return "packages/" + packageId + "/files/" + packageFileId + "/" + fileName;
    }
}
