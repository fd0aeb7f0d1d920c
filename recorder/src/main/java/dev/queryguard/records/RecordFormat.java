package dev.queryguard.records;

import dev.queryguard.analysis.StatementKind;
import dev.queryguard.check.SqlText;
import dev.queryguard.recording.CacheKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads and writes query record files: plain text meant for code review, one line per shape so that a diff
 * shows exactly which statement changed. Stateless and thread-safe.
 *
 * <pre>
 * # QueryGuard query records of dev.example.PackagesApiTests: what each test ran, by fingerprint.
 *
 * [listsPackages()]
 * SELECT  x1  select p1_0.id, p1_0.name from packages_packages p1_0 where p1_0.project_id=?
 * SELECT  x6  select p1_0.id, p1_0.sha from ci.ci_pipelines p1_0 where p1_0.id=?
 * CACHED  x2  ENTITY dev.example.Project
 *
 * [showsPackage()]
 * SELECT  x1  select p1_0.id, p1_0.name from packages_packages p1_0 where p1_0.id=?
 * </pre>
 *
 * <p>A section per test, headed by its name in brackets; a line per shape: the statement kind (or {@code CACHED}
 * for loads from an ORM cache), the count after an {@code x}, then the fingerprint (or the cache kind and region),
 * however long, on the same line. Lines starting with {@code #} and blank lines are ignored, and not kept when a
 * file is rewritten. Sections are sorted by name, lines by fingerprint; line ends are {@code \n} (a {@code \r}
 * before them is accepted).
 */
public final class RecordFormat {

    /** The end of every record file's name: {@code dev.example.PackagesApiTests.queryguard.txt}. */
    public static final String FILE_SUFFIX = ".queryguard.txt";

    /** Labels are padded to this width, the width of the common kinds, so that the counts line up. */
    private static final int LABEL_WIDTH = 6;
    private static final Pattern COUNT = Pattern.compile("x([0-9]{1,18})");
    private static final Pattern WORD = Pattern.compile("[A-Z_]+");
    private static final List<String> CONFLICT_MARKERS = List.of("<<<<<<<", "=======", ">>>>>>>", "|||||||");
    private static final String LABELS = Stream.concat(Arrays.stream(StatementKind.values()).map(Enum::name),
            Stream.of(RecordLine.CACHED)).collect(Collectors.joining(", "));
    private static final String CACHE_KINDS = Arrays.stream(CacheKind.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    private RecordFormat() {
    }

    /**
     * Reads a record file's text.
     *
     * @param fileName the file as messages name it
     * @throws RecordFormatException naming {@code fileName} and the line at fault
     */
    public static RecordFile parse(String text, String fileName) {
        return new Parser(fileName).parse(text);
    }

    /**
     * Writes a record file's text: {@code header} as comment lines, then the sections.
     *
     * @param header lines of text shown as comments at the top, without their {@code #}
     */
    public static String print(RecordFile file, List<String> header) {
        StringBuilder text = new StringBuilder();
        for (String comment : header) {
            for (String line : comment.split("\\R", -1)) {
                text.append(line.isEmpty() ? "#" : "# " + line).append('\n');
            }
        }
        file.sections().forEach((name, record) -> {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append('[').append(name).append("]\n");
            record.lines().forEach(line -> text.append(line(line)).append('\n'));
        });
        return text.toString();
    }

    /** One line as the file shows it: {@code SELECT  x6  select ...}. */
    public static String line(RecordLine line) {
        String counted = paddedLabel(line.label()) + "  x" + line.count();
        return line.text().isEmpty() ? counted : counted + "  " + line.text();
    }

    /** A shape without its count, as messages show it: {@code SELECT  select ...}, labels padded like the file's. */
    public static String shape(String label, String text) {
        return text.isEmpty() ? label : paddedLabel(label) + "  " + text;
    }

    private static String paddedLabel(String label) {
        return label + " ".repeat(Math.max(0, LABEL_WIDTH - label.length()));
    }

    /** The lines of one record as the file shows them, one per line: what an IDE's diff view compares. */
    public static String lines(QueryRecord record) {
        return record.lines().stream().map(RecordFormat::line).collect(Collectors.joining("\n"));
    }

    /** Reads one file, line by line, knowing the section it is in. */
    private static final class Parser {
        private final String fileName;
        private final Map<String, QueryRecord> sections = new TreeMap<>();
        private final Map<String, Integer> sectionLines = new HashMap<>();
        private String section;
        private List<RecordLine> lines;
        private Map<String, Integer> lineNumbers;
        private int number;

        Parser(String fileName) {
            this.fileName = fileName;
        }

        RecordFile parse(String text) {
            for (String raw : text.split("\n", -1)) {
                number++;
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[")) {
                    header(line);
                } else {
                    recordLine(line);
                }
            }
            endSection();
            return new RecordFile(new TreeMap<>(sections));
        }

        private void header(String line) {
            if (!line.endsWith("]")) {
                throw error("a section header must end with ']': '" + line + "'");
            }
            String name = line.substring(1, line.length() - 1).strip();
            if (name.isEmpty()) {
                throw error("a section header needs the test's name: '[listsPackages()]'");
            }
            endSection();
            Integer first = sectionLines.putIfAbsent(name, number);
            if (first != null) {
                throw error("section [" + name + "] appears twice (first at line " + first + ")");
            }
            section = name;
            lines = new ArrayList<>();
            lineNumbers = new HashMap<>();
        }

        private void recordLine(String line) {
            for (String marker : CONFLICT_MARKERS) {
                if (line.startsWith(marker)) {
                    throw error("an unresolved merge conflict ('" + marker + "'): keep one side, or delete the"
                            + " section and record the test again");
                }
            }
            String[] parts = line.split("\\s+", 3);
            if (!RecordLine.isLabel(parts[0])) {
                throw error(WORD.matcher(parts[0]).matches()
                        ? "unknown kind '" + parts[0] + "' (expected one of " + LABELS + ")"
                        : "expected '<KIND>  x<count>  <fingerprint>' or a '[test()]' header, was '"
                                + SqlText.shorten(line) + "'");
            }
            Matcher count = parts.length > 1 ? COUNT.matcher(parts[1]) : null;
            if (count == null || !count.matches() || Long.parseLong(count.group(1)) < 1) {
                throw error("the count after " + parts[0] + " must read x<number> with a positive number, was '"
                        + (parts.length > 1 ? parts[1] : "") + "'");
            }
            String text = parts.length > 2 ? parts[2] : "";
            if (parts[0].equals(RecordLine.CACHED)) {
                String cacheKind = text.split(" ", 2)[0];
                if (Arrays.stream(CacheKind.values()).noneMatch(kind -> kind.name().equals(cacheKind))) {
                    throw error("unknown cache kind '" + cacheKind + "' (expected one of " + CACHE_KINDS + ")");
                }
            }
            if (section == null) {
                throw error("a record line before any section: put it under its test's header, like"
                        + " '[listsPackages()]'");
            }
            RecordLine recordLine = new RecordLine(parts[0], text, Long.parseLong(count.group(1)));
            Integer first = lineNumbers.putIfAbsent(recordLine.key(), number);
            if (first != null) {
                String shape = shape(recordLine.label(), SqlText.shorten(recordLine.text()));
                throw error("'" + shape + "' appears twice in section [" + section + "] (first at line " + first
                        + ")");
            }
            lines.add(recordLine);
        }

        private void endSection() {
            if (section != null) {
                sections.put(section, new QueryRecord(lines));
            }
        }

        private RecordFormatException error(String problem) {
            return new RecordFormatException(fileName, number, problem);
        }
    }
}
