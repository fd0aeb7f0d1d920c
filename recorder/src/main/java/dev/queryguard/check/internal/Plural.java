package dev.queryguard.check.internal;

/** Counted nouns in messages. */
final class Plural {

    private Plural() {
    }

    /** {@code 1 statement}, {@code 5 statements}. */
    static String statements(long count) {
        return count + (count == 1 ? " statement" : " statements");
    }
}
