package dev.queryguard.config.internal;

import dev.queryguard.config.QueryGuardConfig;

import java.util.List;
import java.util.Locale;

/** The fixed {@code queryguard.*} keys, and a hint for a key that is not one of them (usually a typo). */
final class KnownKeys {

    static final List<String> ALL = List.of(
            QueryGuardConfig.VERSION,
            QueryGuardConfig.CALL_SITES,
            QueryGuardConfig.STACKS,
            QueryGuardConfig.CALL_SITE_EXCLUDES,
            QueryGuardConfig.MAX_ENTRIES,
            QueryGuardConfig.P6SPY_LOGGING,
            QueryGuardConfig.ANALYSIS_CACHE_SIZE,
            QueryGuardConfig.MAX_SQL_LENGTH,
            QueryGuardConfig.PARSE_TIMEOUT_MILLIS,
            QueryGuardConfig.DEFAULT_SCHEMA,
            QueryGuardConfig.JOIN_ANY_GROUPS,
            QueryGuardConfig.UNMAPPED_TABLES);

    private static final int MAX_TYPO_DISTANCE = 3;

    private KnownKeys() {
    }

    /** Returns {@code " (did you mean ...?)"} for a near miss, else the list of keys; never empty. */
    static String hint(String unknownKey) {
        String closest = null;
        int best = MAX_TYPO_DISTANCE + 1;
        for (String key : ALL) {
            int distance = distance(unknownKey.toLowerCase(Locale.ROOT), key.toLowerCase(Locale.ROOT));
            if (distance < best) {
                best = distance;
                closest = key;
            }
        }
        if (closest != null) {
            return " (did you mean " + closest + "?)";
        }
        return " (known keys: " + String.join(", ", ALL) + ", " + QueryGuardConfig.GROUP_PREFIX + "<name>)";
    }

    /** Levenshtein distance; keys are short, so the quadratic table is fine. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
