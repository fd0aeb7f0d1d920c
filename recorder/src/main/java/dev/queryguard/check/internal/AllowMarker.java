package dev.queryguard.check.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comment that allows one statement to join schema groups that may not be mixed:
 * {@code /* queryguard:allow-cross-schema <reason> *}{@code /}, anywhere in the SQL text, in any case. It is read
 * from the raw text because the parser and the fingerprint drop comments.
 *
 * @param reason the text between the marker word and the end of the comment, stripped; blank when none was given
 */
public record AllowMarker(String reason) {

    /** The word that opens the comment. */
    public static final String WORD = "queryguard:allow-cross-schema";

    private static final Pattern COMMENT = Pattern.compile(
            "/\\*\\s*" + Pattern.quote(WORD) + "(?![\\w-])(.*?)\\*/", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    /** The first marker in {@code sql}, or {@code null} when it has none. */
    public static AllowMarker in(String sql) {
        Matcher matcher = COMMENT.matcher(sql);
        return matcher.find() ? new AllowMarker(matcher.group(1).strip()) : null;
    }

    /** Whether the marker allows the statement: only with a reason. */
    public boolean allows() {
        return !reason.isBlank();
    }
}
