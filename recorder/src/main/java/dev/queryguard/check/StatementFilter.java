package dev.queryguard.check;

import dev.queryguard.analysis.StatementKind;
import dev.queryguard.check.internal.EntryText;
import dev.queryguard.recording.CacheEntry;
import dev.queryguard.recording.StatementEntry;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which entries of a recording a budget or a comparison counts: the statements of some kinds whose fingerprint
 * matches one of the include patterns (when there are any) and none of the exclude patterns, and, by default,
 * the loads an ORM served from its cache. Immutable and thread-safe.
 *
 * <p>Patterns are found anywhere in the text (anchor them with {@code ^}) and ignore case. A statement is
 * matched by its fingerprint ({@code select p1_0.id from ci.ci_pipelines p1_0 where p1_0.id=?}), a cache load by
 * the text failures show for it ({@code cached ENTITY Project#1 (region dev.example.Project)}). A cache load
 * stands for a SELECT that a cold cache would run, so it counts only when SELECT does.
 *
 * @param kinds   the statement kinds counted, never empty
 * @param include when not empty, only entries matching one of these count
 * @param exclude entries matching one of these never count
 * @param cached  whether loads served from an ORM cache count (GitLab counts them)
 */
public record StatementFilter(Set<StatementKind> kinds, List<Pattern> include, List<Pattern> exclude,
                              boolean cached) {

    private static final StatementFilter ALL =
            new StatementFilter(EnumSet.allOf(StatementKind.class), List.of(), List.of(), true);

    public StatementFilter {
        Objects.requireNonNull(kinds, "kinds must not be null");
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("kinds must not be empty");
        }
        kinds = Collections.unmodifiableSet(EnumSet.copyOf(kinds));
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    /** Every statement of every kind, and every cache load. */
    public static StatementFilter all() {
        return ALL;
    }

    /**
     * Compiles a pattern the way filters use it: found anywhere, ignoring case.
     *
     * @throws IllegalArgumentException naming the problem when {@code regex} is blank or not a regular expression
     */
    public static Pattern pattern(String regex) {
        Objects.requireNonNull(regex, "pattern must not be null");
        if (regex.isBlank()) {
            throw new IllegalArgumentException("pattern must not be blank");
        }
        try {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("pattern '" + regex + "' is not a valid regular expression: "
                    + e.getDescription() + " near index " + e.getIndex(), e);
        }
    }

    /** This filter counting only {@code kinds}. */
    public StatementFilter counting(StatementKind... kinds) {
        EnumSet<StatementKind> counted = EnumSet.noneOf(StatementKind.class);
        counted.addAll(Arrays.asList(kinds));
        return new StatementFilter(counted, include, exclude, cached);
    }

    /** This filter counting only the entries that also match {@code pattern} (or another include pattern). */
    public StatementFilter including(Pattern pattern) {
        return new StatementFilter(kinds, append(include, pattern), exclude, cached);
    }

    /** This filter never counting the entries that match {@code pattern}. */
    public StatementFilter excluding(Pattern pattern) {
        return new StatementFilter(kinds, include, append(exclude, pattern), cached);
    }

    /** This filter with cache loads counted or not. */
    public StatementFilter withCached(boolean cached) {
        return new StatementFilter(kinds, include, exclude, cached);
    }

    public boolean counts(StatementEntry statement) {
        return kinds.contains(statement.kind()) && matches(statement.fingerprint());
    }

    public boolean counts(CacheEntry load) {
        return countsCacheLoads() && matches(EntryText.of(load));
    }

    /** Whether cache loads count at all: asked for, and standing for SELECTs, which must count. */
    public boolean countsCacheLoads() {
        return cached && kinds.contains(StatementKind.SELECT);
    }

    /** Whether the filter has patterns, which only the kept entries of a recording can be matched against. */
    public boolean hasPatterns() {
        return !include.isEmpty() || !exclude.isEmpty();
    }

    /** What the filter counts, as messages say it: {@code SELECT except /^select .* from pg_catalog/, ...}. */
    public String describe() {
        StringBuilder text = new StringBuilder(kinds.size() == StatementKind.values().length
                ? "all kinds"
                : kinds.stream().map(Enum::name).collect(Collectors.joining(", ")));
        if (!include.isEmpty()) {
            text.append(" matching ").append(slashed(include, " or "));
        }
        if (!exclude.isEmpty()) {
            text.append(" except ").append(slashed(exclude, ", "));
        }
        if (kinds.contains(StatementKind.SELECT)) {
            text.append(cached ? ", cached loads included" : ", cached loads not counted");
        }
        return text.toString();
    }

    private boolean matches(String text) {
        if (!include.isEmpty() && include.stream().noneMatch(pattern -> pattern.matcher(text).find())) {
            return false;
        }
        return exclude.stream().noneMatch(pattern -> pattern.matcher(text).find());
    }

    private static List<Pattern> append(List<Pattern> patterns, Pattern pattern) {
        Objects.requireNonNull(pattern, "pattern must not be null");
        return Stream.concat(patterns.stream(), Stream.of(pattern)).toList();
    }

    private static String slashed(List<Pattern> patterns, String separator) {
        return patterns.stream().map(pattern -> "/" + pattern.pattern() + "/").collect(Collectors.joining(separator));
    }
}
