package dev.queryguard.records;

import dev.queryguard.analysis.StatementKind;
import dev.queryguard.recording.CacheKind;

import java.util.Comparator;
import java.util.Objects;

/**
 * One line of a query record: how many times a test ran one statement shape, or loaded one kind of entry from an
 * ORM cache. Immutable.
 *
 * <p>In a record file it reads {@code SELECT  x6  select p1_0.id from ci.ci_pipelines p1_0 where p1_0.id=?}, or
 * {@code CACHED  x2  ENTITY dev.example.Project} for cache loads.
 *
 * @param label the statement's kind ({@code SELECT}, {@code INSERT}, ...) or {@link #CACHED}
 * @param text  the statement's fingerprint, or the cache kind and region of the loads, white space collapsed to
 *              single spaces so that the line is one line
 * @param count how many times, at least 1
 */
public record RecordLine(String label, String text, long count) {

    /** The label of loads an ORM served from its cache. */
    public static final String CACHED = "CACHED";

    /** Record order: statements by fingerprint, then cache loads; what makes a record file stable. */
    public static final Comparator<RecordLine> ORDER = Comparator
            .comparing((RecordLine line) -> line.cached())
            .thenComparing(RecordLine::text)
            .thenComparing(RecordLine::label);

    public RecordLine {
        Objects.requireNonNull(label, "label must not be null");
        Objects.requireNonNull(text, "text must not be null");
        if (!isLabel(label)) {
            throw new IllegalArgumentException("label must be a statement kind or " + CACHED + ": " + label);
        }
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive: " + count);
        }
        text = oneLine(text);
    }

    /** The line of {@code count} executions of a statement of {@code kind} with {@code fingerprint}. */
    public static RecordLine statement(StatementKind kind, String fingerprint, long count) {
        return new RecordLine(kind.name(), fingerprint, count);
    }

    /** The line of {@code count} loads of {@code kind} from the cache {@code region} (which may be null). */
    public static RecordLine cached(CacheKind kind, String region, long count) {
        return new RecordLine(CACHED, region == null ? kind.name() : kind + " " + region, count);
    }

    /** Whether {@code label} is a statement kind's name or {@link #CACHED}. */
    public static boolean isLabel(String label) {
        if (label.equals(CACHED)) {
            return true;
        }
        for (StatementKind kind : StatementKind.values()) {
            if (kind.name().equals(label)) {
                return true;
            }
        }
        return false;
    }

    /** What identifies the shape whatever its count: label and text. */
    public String key() {
        return label + " " + text;
    }

    /** Whether the line counts cache loads rather than statements. */
    public boolean cached() {
        return label.equals(CACHED);
    }

    /** This line with another count. */
    public RecordLine withCount(long newCount) {
        return new RecordLine(label, text, newCount);
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
