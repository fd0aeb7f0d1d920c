package dev.queryguard.sample.demo;

import dev.queryguard.check.SqlText;

import java.util.function.IntToLongFunction;

/**
 * The demo's report as one self-contained HTML page (styles inline, no scripts): the text report's tables with each
 * check's full message and each answer. Every value is escaped.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    public static String render(DemoReport report) {
        int small = report.scales().get(0);
        int large = report.scales().get(report.scales().size() - 1);
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>QueryGuard demo</title>
                <style>
                body { font-family: system-ui, sans-serif; margin: 2em; max-width: 80em; color: #222; }
                table { border-collapse: collapse; margin: .5em 0; }
                th, td { border: 1px solid #ccc; padding: .3em .6em; text-align: left; vertical-align: top; }
                td.n { text-align: right; font-variant-numeric: tabular-nums; }
                .clean { color: #17622a; font-weight: bold; }
                .CAUGHT { color: #b00020; font-weight: bold; }
                .FLAGGED { color: #9a5b00; font-weight: bold; }
                code, pre { font-family: ui-monospace, monospace; font-size: .9em; }
                pre { background: #f6f6f6; padding: .6em; overflow-x: auto; white-space: pre-wrap; }
                </style>
                </head>
                <body>
                """);
        html.append("<h1>QueryGuard demo</h1>\n<p>On ").append(escape(report.database()))
                .append(". Each endpoint was called through the app's HTTP server in its legacy and its fixed variant,")
                .append(" with ").append(small).append(" and then ").append(large).append(" items. QueryGuard recorded")
                .append(" what the server thread ran and judged it with its own checks:</p>\n<ul>\n")
                .append("<li><b>growth</b>: statements added from ").append(small).append(" to ").append(large)
                .append(" items, N+1 when above 0 (<code>ScalingRule</code>, slope 0)</li>\n")
                .append("<li><b>cross-schema</b>: statements joining tables of the main and ci groups")
                .append(" (<code>CrossSchemaCheck</code>)</li>\n")
                .append("<li><b>ext. in tx</b>: calls to other services inside an open transaction")
                .append(" (<code>ExternalCallsInTransaction</code>)</li>\n</ul>\n")
                .append("<p><span class=\"CAUGHT\">CAUGHT</span>: a QueryGuard check failed. ")
                .append("<span class=\"FLAGGED\">FLAGGED</span>: the demo read a problem from the recording that no")
                .append(" check covers. Cells show ").append(small).append(" &rarr; ").append(large).append(".</p>\n");
        for (EndpointReport endpoint : report.endpoints()) {
            endpoint(html, endpoint, small, large);
        }
        html.append("<h2>Summary</h2>\n<p>").append(escape(TextReport.summary(report)).replace("\n", "<br>\n"))
                .append("</p>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void endpoint(StringBuilder html, EndpointReport endpoint, int small, int large) {
        html.append("<h2>").append(escape(endpoint.scenario().title())).append("</h2>\n<p><code>")
                .append(escape(endpoint.scenario().route())).append("</code><br>items: ")
                .append(escape(endpoint.scenario().items())).append("</p>\n<table>\n<tr><th>variant</th>")
                .append("<th>statements</th><th>cached</th><th>growth</th><th>cross-schema</th><th>ext. in tx</th>")
                .append("<th>rows read</th><th>verdict</th></tr>\n");
        for (VariantReport variant : endpoint.variants()) {
            html.append("<tr><td>").append(escape(variant.variant().headerValue())).append("</td>")
                    .append(cell(variant::statements, small, large)).append(cell(variant::cached, small, large))
                    .append("<td class=\"n\">+").append(variant.growth()).append("</td>")
                    .append(cell(variant::crossSchema, small, large))
                    .append(cell(variant::externalCallsInTransaction, small, large))
                    .append(cell(variant::rowsRead, small, large))
                    .append("<td><span class=\"").append(variant.verdict()).append("\">")
                    .append(escape(variant.verdict())).append("</span>");
            for (DemoProblem problem : variant.problems()) {
                html.append("<br>").append(escape(problem.summary()));
            }
            html.append("</td></tr>\n");
        }
        html.append("</table>\n");
        for (VariantReport variant : endpoint.variants()) {
            for (DemoProblem problem : variant.problems()) {
                html.append("<h3>").append(escape(variant.variant().headerValue())).append(": ")
                        .append(escape(problem.summary())).append("</h3>\n<p>")
                        .append(problem.byCheck() ? "Check <code>" + escape(problem.check()) + "</code>"
                                : "Read from the recording; no QueryGuard check covers it")
                        .append(". First offence:</p>\n<pre>").append(escape(problem.statement()))
                        .append("\n    at ").append(escape(problem.callSite()));
                if (!problem.context().isEmpty()) {
                    html.append("\n    ").append(escape(problem.context()).replace("\n", "\n    "));
                }
                html.append("</pre>\n<details><summary>Full message</summary>\n<pre>")
                        .append(escape(problem.message())).append("</pre>\n</details>\n");
            }
        }
        for (VariantReport variant : endpoint.variants()) {
            html.append("<details><summary>What ").append(escape(variant.variant().headerValue()))
                    .append(" ran at ").append(large).append("</summary>\n<pre>");
            variant.recordings().get(large).statements().forEach(statement -> html
                    .append(escape(SqlText.shorten(statement.fingerprint()))).append("\n    at ")
                    .append(escape(SqlText.at(statement.callSite()))).append('\n'));
            // The demo's own request to the API is an external call of its thread; the server's calls are the news.
            variant.recordings().get(large).externalCalls().stream()
                    .filter(call -> call.callSite() == null || !call.callSite().className().equals(Demo.class.getName()))
                    .forEach(call -> html.append("external call ")
                    .append(escape(call.target())).append("\n    at ").append(escape(SqlText.at(call.callSite())))
                    .append('\n'));
            html.append("</pre>\n</details>\n");
        }
        html.append("<p>").append(endpoint.sameAnswers() ? "Both variants answered alike at every scale."
                : "The variants answered differently.").append("</p>\n<details><summary>Answers</summary>\n");
        for (VariantReport variant : endpoint.variants()) {
            variant.answers().forEach((n, answer) -> html.append("<p>").append(escape(variant.variant().headerValue()))
                    .append(" at ").append(n).append(": HTTP ").append(answer.status()).append("</p>\n<pre>")
                    .append(escape(answer.body())).append("</pre>\n"));
        }
        html.append("</details>\n");
    }

    private static String cell(IntToLongFunction value, int small, int large) {
        return "<td class=\"n\">" + value.applyAsLong(small) + " &rarr; " + value.applyAsLong(large) + "</td>";
    }

    /** {@code text} with the five characters HTML gives a meaning escaped. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
