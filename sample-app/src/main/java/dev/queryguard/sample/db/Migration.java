package dev.queryguard.sample.db;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One versioned migration: {@code V<version>__<description>.sql}, a list of SQL statements separated by
 * semicolons at the end of a line. Lines starting with {@code --} are comments.
 */
record Migration(int version, String description, String resource, String sql) {

    private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");

    Migration {
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1: " + version);
        }
    }

    /** The migration in {@code fileName} with {@code sql}; fails on a name that is not {@code V<n>__<words>.sql}. */
    static Migration of(String fileName, String resource, String sql) {
        Matcher matcher = FILE_NAME.matcher(fileName);
        if (!matcher.matches()) {
            throw new IllegalStateException("Migration " + resource + " is not named V<version>__<description>.sql");
        }
        return new Migration(Integer.parseInt(matcher.group(1)), matcher.group(2).replace('_', ' '), resource, sql);
    }

    /** Whether {@code fileName} names a migration. */
    static boolean isMigration(String fileName) {
        return fileName.startsWith("V") && fileName.endsWith(".sql");
    }

    /** The statements, without comments and blank lines. */
    List<String> statements() {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(current.length() == 0 ? "" : "\n").append(line.stripTrailing());
            if (trimmed.endsWith(";")) {
                current.setLength(current.length() - 1);
                statements.add(current.toString());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalStateException("Migration " + resource + " ends without a semicolon: " + current);
        }
        return statements;
    }
}
