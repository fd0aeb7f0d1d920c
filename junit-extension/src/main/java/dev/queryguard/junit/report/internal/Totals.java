package dev.queryguard.junit.report.internal;

/** The report's one-sentence summary, shared by the HTML page and the Markdown summary. */
final class Totals {

    private Totals() {
    }

    /** {@code 4 tests ran 17 statements; 1 broke QueryGuard checks, 1 failed otherwise.} */
    static String sentence(RunReport report) {
        int tests = report.tests().size();
        if (tests == 0) {
            return "No test ran under QueryGuard.";
        }
        long broke = report.withFindings().size();
        long failedOtherwise = report.tests().stream()
                .filter(test -> !test.status().equals("passed") && test.findings().isEmpty()).count();
        StringBuilder sentence = new StringBuilder()
                .append(plural(tests, "test")).append(" ran ").append(plural(report.statements(), "statement"))
                .append("; ").append(broke == 0 ? "none" : Long.toString(broke)).append(" broke QueryGuard checks");
        if (failedOtherwise > 0) {
            sentence.append(", ").append(failedOtherwise).append(" failed or aborted otherwise");
        }
        return sentence.append('.').toString();
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
