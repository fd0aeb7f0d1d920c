package dev.queryguard.junit.report;

import dev.queryguard.junit.report.internal.ReportDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opens the report of a fixture run in a real headless Chromium and uses it as a reader would: the page loads
 * without errors, a column header sorts the tests (numbers as numbers), a test expands to its statements, and a
 * statement holding a {@code <script>} tag shows as text.
 */
class ReportHtmlInChromiumTests {

    private static final String NAMES_IN_ORDER = "Array.from(document.querySelectorAll('#tests > tbody > tr.summary"
            + " > td.test'), cell => cell.textContent)";
    private static final String MARKUP_ROW = "tbody[data-id$='[method:quotesMarkup()]'] > tr.summary";

    @Test
    void sortsExpandsAndShowsMarkupInStatementsAsText(@TempDir Path reports, @TempDir Path profile) throws Exception {
        ReportRun.into(reports, ReportListenerTests.OrdersTestCase.class);
        Path html = reports.resolve(ReportDirectory.HTML);

        try (Chromium chromium = Chromium.start(profile)) {
            DevTools page = chromium.devTools();
            page.navigate(html.toUri());

            assertThat(page.evaluate("document.title")).isEqualTo("QueryGuard report");
            assertThat(page.evaluate(NAMES_IN_ORDER)).isEqualTo(List.of("OrdersTestCase.failsOnItsOwn()",
                    "OrdersTestCase.overItsBudget()", "OrdersTestCase.quotesMarkup()", "OrdersTestCase.readsThreeItems()",
                    "OrdersTestCase.readsTwelveItems()"));

            page.click("th[data-key='statements']");
            assertThat(page.evaluate(NAMES_IN_ORDER)).as("by statements: 1, 1, 2, 3, 12 (ties keep their order)")
                    .isEqualTo(List.of("OrdersTestCase.failsOnItsOwn()", "OrdersTestCase.quotesMarkup()",
                            "OrdersTestCase.overItsBudget()", "OrdersTestCase.readsThreeItems()",
                            "OrdersTestCase.readsTwelveItems()"));
            assertThat(page.evaluate("document.querySelector(\"th[data-key='statements']\").getAttribute('aria-sort')"))
                    .isEqualTo("ascending");

            page.click("th[data-key='statements']");
            assertThat(page.evaluate(NAMES_IN_ORDER)).as("by statements, descending")
                    .isEqualTo(List.of("OrdersTestCase.readsTwelveItems()", "OrdersTestCase.readsThreeItems()",
                            "OrdersTestCase.overItsBudget()", "OrdersTestCase.failsOnItsOwn()",
                            "OrdersTestCase.quotesMarkup()"));

            page.click("th[data-key='test']");
            assertThat(page.evaluate(NAMES_IN_ORDER)).as("by name again").isEqualTo(List.of(
                    "OrdersTestCase.failsOnItsOwn()", "OrdersTestCase.overItsBudget()", "OrdersTestCase.quotesMarkup()",
                    "OrdersTestCase.readsThreeItems()", "OrdersTestCase.readsTwelveItems()"));

            String detail = "document.querySelector(\"" + MARKUP_ROW + "\").nextElementSibling";
            assertThat(page.evaluate(detail + ".getBoundingClientRect().height")).as("collapsed").isEqualTo(0L);
            page.click(MARKUP_ROW + " > td.test");
            assertThat(page.evaluate(detail + ".hidden")).isEqualTo(false);
            assertThat((Number) page.evaluate(detail + ".getBoundingClientRect().height")).as("expanded")
                    .satisfies(height -> assertThat(height.doubleValue()).isPositive());
            assertThat(page.evaluate("document.querySelector(\"" + MARKUP_ROW + "\").getAttribute('aria-expanded')"))
                    .isEqualTo("true");

            assertThat(page.evaluate(detail + ".querySelector('code.sql').textContent"))
                    .as("the statement, shown as text")
                    .asString()
                    .startsWith("select name as <script>document.title='injected'</script> from qg_");
            assertThat(page.evaluate(detail + ".querySelectorAll('script').length")).isEqualTo(0L);
            assertThat(page.evaluate("document.scripts.length")).as("the report's own script only").isEqualTo(1L);
            assertThat(page.evaluate("document.title")).as("the statement's script never ran")
                    .isEqualTo("QueryGuard report");

            page.click(MARKUP_ROW + " > td.test");
            assertThat(page.evaluate(detail + ".hidden")).as("collapsed again").isEqualTo(true);
            assertThat(page.pageErrors()).isEmpty();
        }
    }
}
