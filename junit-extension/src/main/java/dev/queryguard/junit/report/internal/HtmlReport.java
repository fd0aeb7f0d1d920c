package dev.queryguard.junit.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Renders {@code report.html}: one self-contained page (styles and script inline, nothing fetched) with a table
 * of tests that sorts by any column and expands each test to its findings and its statements by fingerprint.
 * Every name and statement is escaped, so SQL holding markup shows as text.
 */
final class HtmlReport {

    private record Column(String key, String header, String title, boolean numeric, Function<TestReport, Object> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            text("test", "Test", "The test, as failure messages name it", TestReport::name),
            text("status", "Status", "passed, failed or aborted", TestReport::status),
            number("statements", "Statements", "Statements that reached JDBC", t -> t.detail().statements()),
            number("select", "SELECT", null, t -> t.detail().kind("SELECT")),
            number("insert", "INSERT", null, t -> t.detail().kind("INSERT")),
            number("update", "UPDATE", null, t -> t.detail().kind("UPDATE")),
            number("delete", "DELETE", null, t -> t.detail().kind("DELETE")),
            number("other", "Other", "MERGE, DDL, CALL, transaction control and other statements",
                    t -> t.detail().otherKinds()),
            number("cached", "Cached", "Loads served from an ORM cache", t -> t.detail().cached()),
            number("repeated", "Repeated", "Statements run more than once with the same SQL and values",
                    t -> t.detail().repeated()),
            number("unparsed", "Unparsed", "Statements the SQL parser could not read", t -> t.detail().unparsed()),
            number("crossSchema", "Cross-schema", "Statements mixing schema groups that may not be mixed",
                    t -> t.detail().crossSchema()),
            number("externalCalls", "External calls", "Calls to services outside the database",
                    t -> t.detail().externalCalls()),
            number("findings", "Findings", "QueryGuard checks the test broke", t -> (long) t.findings().size()));

    private HtmlReport() {
    }

    static String render(RunReport report) {
        StringBuilder html = new StringBuilder(16_384);
        html.append("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>QueryGuard report</title>
                <style>
                """).append(resource("report.css")).append("""
                </style>
                </head>
                <body>
                <header>
                <h1>QueryGuard report</h1>
                """);
        html.append("<p class=\"totals\">").append(Html.escape(Totals.sentence(report))).append("</p>\n");
        html.append("<p class=\"meta\">Run ").append(Html.escape(report.runId())).append(", merged from ")
                .append(report.parts()).append(report.parts() == 1 ? " test JVM" : " test JVMs")
                .append(", generated ").append(Html.escape(report.generatedAt().toString()))
                .append(". Click a column to sort, a test to see its statements.</p>\n</header>\n");
        if (report.tests().isEmpty()) {
            html.append("<p class=\"empty\">No test ran under QueryGuard in this run.</p>\n");
        } else {
            appendTable(html, report);
        }
        return html.append("<script>\n").append(resource("report.js")).append("</script>\n</body>\n</html>\n")
                .toString();
    }

    private static void appendTable(StringBuilder html, RunReport report) {
        html.append("<table id=\"tests\">\n<thead><tr>");
        for (Column column : COLUMNS) {
            html.append("<th scope=\"col\" tabindex=\"0\" data-key=\"").append(column.key())
                    .append("\" data-sort=\"").append(column.numeric() ? "number" : "text").append('"');
            if (column.title() != null) {
                html.append(" title=\"").append(Html.escape(column.title())).append('"');
            }
            if (column.key().equals("test")) {
                html.append(" aria-sort=\"ascending\"");
            }
            html.append('>').append(Html.escape(column.header())).append("</th>");
        }
        html.append("</tr></thead>\n");
        for (TestReport test : report.tests()) {
            appendTest(html, test);
        }
        html.append("</table>\n");
    }

    private static void appendTest(StringBuilder html, TestReport test) {
        html.append("<tbody class=\"test\" data-id=\"").append(Html.escape(test.id())).append("\">\n")
                .append("<tr class=\"summary status-").append(Html.escape(test.status()))
                .append("\" tabindex=\"0\" aria-expanded=\"false\">");
        for (Column column : COLUMNS) {
            Object value = column.value().apply(test);
            if (column.numeric()) {
                html.append("<td class=\"number\" data-value=\"").append(value).append("\">").append(value);
            } else {
                html.append("<td class=\"").append(column.key()).append("\">").append(Html.escape(value.toString()));
            }
            html.append("</td>");
        }
        html.append("</tr>\n<tr class=\"detail\" hidden><td colspan=\"").append(COLUMNS.size()).append("\">\n");
        appendFindings(html, test);
        if (test.recordDiff() != null) {
            html.append("<section class=\"record-diff\"><h3>Differences from the query record</h3><pre>")
                    .append(Html.escape(test.recordDiff())).append("</pre></section>\n");
        }
        appendStatements(html, test.detail());
        html.append("<p class=\"meta\">").append(Html.escape(figures(test.detail()))).append("<br>")
                .append(Html.escape(test.id())).append("</p>\n</td></tr>\n</tbody>\n");
    }

    private static void appendFindings(StringBuilder html, TestReport test) {
        if (!test.findings().isEmpty()) {
            html.append("<section class=\"findings\"><h3>QueryGuard findings</h3>\n");
            for (String finding : test.findings()) {
                html.append("<pre class=\"finding\">").append(Html.escape(finding)).append("</pre>\n");
            }
            html.append("</section>\n");
        } else if (!test.status().equals("passed")) {
            html.append("<p class=\"note\">The test ").append(Html.escape(test.status()))
                    .append(", but not on a QueryGuard check.</p>\n");
        }
    }

    private static void appendStatements(StringBuilder html, TestDetail detail) {
        html.append("<section class=\"statements\"><h3>Statements by fingerprint</h3>\n");
        if (detail.groups().isEmpty()) {
            html.append("<p class=\"note\">The test ran no statement.</p>\n");
        } else {
            html.append("<table class=\"statements\"><thead><tr><th>Count</th><th>Kind</th><th>Statement</th>")
                    .append("<th>First at</th></tr></thead>\n<tbody>\n");
            for (StatementGroup group : detail.groups()) {
                html.append("<tr><td class=\"number\">").append(group.count()).append("</td><td>")
                        .append(Html.escape(group.kind())).append("</td><td><code class=\"sql\">")
                        .append(Html.escape(group.fingerprint())).append("</code></td><td class=\"site\">")
                        .append(Html.escape(group.firstAt())).append("</td></tr>\n");
            }
            html.append("</tbody></table>\n");
        }
        if (detail.omittedGroups() > 0) {
            html.append("<p class=\"note\">").append(detail.omittedGroups())
                    .append(" less frequent fingerprints are not listed.</p>\n");
        }
        if (detail.dropped() > 0) {
            html.append("<p class=\"note\">The recording kept its first entries only: ").append(detail.dropped())
                    .append(" more were counted without details and are missing from the list.</p>\n");
        }
        html.append("</section>\n");
    }

    private static String figures(TestDetail detail) {
        Map<String, Long> kinds = detail.kinds();
        String byKind = kinds.isEmpty() ? "no statements" : kinds.entrySet().stream()
                .map(kind -> kind.getKey() + " " + kind.getValue()).collect(Collectors.joining(", "));
        String transactions = detail.transactions() == 0 ? ""
                : "; " + detail.transactions() + " commits, rollbacks and savepoint operations";
        return byKind + transactions + "; class " + detail.className();
    }

    private static Column text(String key, String header, String title, Function<TestReport, Object> value) {
        return new Column(key, header, title, false, value);
    }

    private static Column number(String key, String header, String title, Function<TestReport, Object> value) {
        return new Column(key, header, title, true, value);
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("QueryGuard's jar lacks " + name + " beside " + HtmlReport.class);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
