package dev.queryguard.junit.report.internal;

import java.util.List;

/**
 * Renders {@code summary.md} for a CI job summary ({@code cat target/queryguard/summary.md >> $GITHUB_STEP_SUMMARY}):
 * the tests that broke QueryGuard checks with their messages, the tests that differ from their query records,
 * and the ten heaviest tests. Names are escaped and messages fenced, so neither can inject Markdown or HTML.
 */
final class SummaryMarkdown {

    /** Heaviest tests listed. */
    static final int HEAVIEST = 10;
    /** Tests whose findings or record diffs are printed in full; the HTML report has the rest. */
    static final int MAX_LISTED = 20;

    private SummaryMarkdown() {
    }

    static String render(RunReport report) {
        StringBuilder md = new StringBuilder("## QueryGuard\n\n").append(Totals.sentence(report)).append("\n\n");
        if (!report.tests().isEmpty()) {
            appendFailures(md, report.withFindings());
            appendRecordDiffs(md, report.withRecordDiffs());
            appendHeaviest(md, report.heaviest(HEAVIEST));
        }
        // Blocks end with a blank line; the file ends with one newline.
        return md.toString().stripTrailing() + "\n";
    }

    private static void appendFailures(StringBuilder md, List<TestReport> tests) {
        md.append("### Failures\n\n");
        if (tests.isEmpty()) {
            md.append("No test broke a QueryGuard check.\n\n");
            return;
        }
        for (TestReport test : tests.subList(0, Math.min(MAX_LISTED, tests.size()))) {
            md.append("#### ").append(code(test.name())).append("\n\n");
            for (String finding : test.findings()) {
                md.append(fenced(finding, "text"));
            }
        }
        appendMore(md, tests.size());
    }

    private static void appendRecordDiffs(StringBuilder md, List<TestReport> tests) {
        md.append("### Growth against records\n\n");
        if (tests.isEmpty()) {
            md.append("No test differs from its query record.\n\n");
            return;
        }
        for (TestReport test : tests.subList(0, Math.min(MAX_LISTED, tests.size()))) {
            md.append("#### ").append(code(test.name())).append("\n\n").append(fenced(test.recordDiff(), "diff"));
        }
        appendMore(md, tests.size());
    }

    private static void appendHeaviest(StringBuilder md, List<TestReport> tests) {
        md.append("### Heaviest tests\n\n")
                .append("| Test | Statements | SELECT | INSERT | UPDATE | DELETE | Other | Cached | Repeated |\n")
                .append("|:--|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        for (TestReport test : tests) {
            TestDetail detail = test.detail();
            md.append("| ").append(code(test.name()).replace("|", "\\|"))
                    .append(" | ").append(detail.statements())
                    .append(" | ").append(detail.kind("SELECT"))
                    .append(" | ").append(detail.kind("INSERT"))
                    .append(" | ").append(detail.kind("UPDATE"))
                    .append(" | ").append(detail.kind("DELETE"))
                    .append(" | ").append(detail.otherKinds())
                    .append(" | ").append(detail.cached())
                    .append(" | ").append(detail.repeated()).append(" |\n");
        }
        md.append('\n');
    }

    private static void appendMore(StringBuilder md, int listed) {
        if (listed > MAX_LISTED) {
            md.append("… and ").append(listed - MAX_LISTED).append(" more in `report.html`.\n\n");
        }
    }

    /** A code span that holds any text: fenced by more backticks than the text's longest run of them. */
    static String code(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        String fence = "`".repeat(longestBacktickRun(oneLine) + 1);
        String padding = oneLine.startsWith("`") || oneLine.endsWith("`") ? " " : "";
        return fence + padding + oneLine + padding + fence;
    }

    /** A fenced block that holds any text: its fence is longer than any run of backticks inside. */
    static String fenced(String text, String language) {
        String fence = "`".repeat(Math.max(3, longestBacktickRun(text) + 1));
        return fence + language + "\n" + text + (text.endsWith("\n") ? "" : "\n") + fence + "\n\n";
    }

    private static int longestBacktickRun(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
