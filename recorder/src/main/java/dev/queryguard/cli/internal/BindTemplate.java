package dev.queryguard.cli.internal;

/** Matches SQL with bind markers against the same SQL with values in their place, as p6spy logs both. */
final class BindTemplate {

    private BindTemplate() {
    }

    /**
     * Whether {@code withValues} is {@code sql} with each {@code ?} replaced by some text. Every {@code ?}
     * counts, also inside string literals, because p6spy replaces them all alike.
     */
    static boolean matches(String sql, String withValues) {
        String[] parts = sql.split("\\?", -1);
        String first = parts[0];
        String last = parts[parts.length - 1];
        if (parts.length == 1) {
            return sql.equals(withValues);
        }
        if (first.length() + last.length() > withValues.length()
                || !withValues.startsWith(first) || !withValues.endsWith(last)) {
            return false;
        }
        // Placing each middle part at its leftmost fit is optimal when the only wildcard matches any text.
        int from = first.length();
        int end = withValues.length() - last.length();
        for (int i = 1; i < parts.length - 1; i++) {
            int at = withValues.indexOf(parts[i], from);
            if (at < 0 || at + parts[i].length() > end) {
                return false;
            }
            from = at + parts[i].length();
        }
        return true;
    }
}
