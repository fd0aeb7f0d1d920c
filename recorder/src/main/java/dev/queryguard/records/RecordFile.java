package dev.queryguard.records;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The query records of one test class: a section per test, sorted by the test's name so that the file does not
 * depend on the order tests finished in. Immutable and thread-safe.
 *
 * @param sections the record of each test, by section name ({@code listsPackages()})
 */
public record RecordFile(SortedMap<String, QueryRecord> sections) {

    private static final RecordFile EMPTY = new RecordFile(new TreeMap<>());

    public RecordFile {
        TreeMap<String, QueryRecord> copy = new TreeMap<>();
        sections.forEach((name, record) -> copy.put(checkName(name), Objects.requireNonNull(record, "record")));
        sections = Collections.unmodifiableSortedMap(copy);
    }

    /** A file without records. */
    public static RecordFile empty() {
        return EMPTY;
    }

    /** The record of the test {@code section}, if the file has one. */
    public Optional<QueryRecord> section(String section) {
        return Optional.ofNullable(sections.get(section));
    }

    /** This file with the record of {@code section} added or replaced. */
    public RecordFile with(String section, QueryRecord record) {
        TreeMap<String, QueryRecord> changed = new TreeMap<>(sections);
        changed.put(section, record);
        return new RecordFile(changed);
    }

    /**
     * Checks that {@code name} can head a section: not blank, on one line, without surrounding white space.
     *
     * @throws IllegalArgumentException naming the problem
     */
    public static String checkName(String name) {
        Objects.requireNonNull(name, "section name must not be null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("section name must not be blank");
        }
        if (!name.strip().equals(name) || name.chars().anyMatch(c -> c == '\n' || c == '\r')) {
            throw new IllegalArgumentException("section name must be one line without surrounding white space: '"
                    + name + "'");
        }
        return name;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("RecordFile[");
        for (Map.Entry<String, QueryRecord> section : sections.entrySet()) {
            text.append(section.getKey()).append('=').append(section.getValue().lines().size()).append(" lines; ");
        }
        return text.append(']').toString();
    }
}
