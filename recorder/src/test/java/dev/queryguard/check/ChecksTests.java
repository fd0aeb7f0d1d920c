package dev.queryguard.check;

import dev.queryguard.analysis.SqlAnalyzer;
import dev.queryguard.analysis.StatementKind;
import dev.queryguard.config.QueryGuardConfig;
import dev.queryguard.recording.CacheEntry;
import dev.queryguard.recording.CacheKind;
import dev.queryguard.recording.CallSite;
import dev.queryguard.recording.RecordedEntry;
import dev.queryguard.recording.Recording;
import dev.queryguard.recording.StatementEntry;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The check functions on hand-built recordings: what the JDBC-driven tests of the extension cannot reach. */
class ChecksTests {

    private static final SqlAnalyzer ANALYZER = new SqlAnalyzer(QueryGuardConfig.defaults());
    private static final CallSite SITE = new CallSite("com.example.PackageService", "pipelinesOf",
            "PackageService.java", 57);

    @Test
    void describesWhatItCounts() {
        StatementFilter filter = StatementFilter.all().counting(StatementKind.SELECT, StatementKind.UPDATE)
                .including(StatementFilter.pattern("ci_"))
                .including(StatementFilter.pattern("^cached"))
                .excluding(StatementFilter.pattern("pg_catalog"));

        assertThat(filter.describe())
                .isEqualTo("SELECT, UPDATE matching /ci_/ or /^cached/ except /pg_catalog/, cached loads included");
        assertThat(StatementFilter.all().counting(StatementKind.INSERT).describe()).isEqualTo("INSERT");
        assertThat(StatementFilter.all().withCached(false).describe())
                .isEqualTo("all kinds, cached loads not counted");
    }

    @Test
    void countsCacheLoadsOnlyWithSelectsAndMatchesThemByTheirText() {
        CacheEntry load = new CacheEntry(CacheKind.ENTITY, "dev.example.Project", "Project#1", Instant.EPOCH, "main",
                SITE);

        assertThat(StatementFilter.all().counts(load)).isTrue();
        assertThat(StatementFilter.all().counting(StatementKind.UPDATE).counts(load)).isFalse();
        assertThat(StatementFilter.all().withCached(false).counts(load)).isFalse();
        assertThat(StatementFilter.all().excluding(StatementFilter.pattern("region dev\\.example\\.project"))
                .counts(load)).isFalse();
    }

    @Test
    void refusesEmptyKinds() {
        assertThatThrownBy(() -> StatementFilter.all().counting()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kinds must not be empty");
    }

    @Test
    void groupsByFingerprintAloneWithoutCallSites() {
        Recording recording = recording(
                select("select name from items where id = ?", null, 1),
                select("select name from items where id = ?", null, 2));

        assertThat(NPlusOneCheck.check("the recording", recording)).get()
                .extracting(CheckFailure::message).asString()
                .contains("2 × select name from items where id = ?\n"
                        + "      values [1], [2]\n"
                        + "      at (call site not recorded: queryguard.callSites=false)");
    }

    @Test
    void neverReportsBatchesAsNPlusOne() {
        StatementEntry batch = new StatementEntry(ANALYZER.analyze("select name from items where id = ?"),
                List.of(), Instant.EPOCH, 0, 0, -1, 2, 1, null, "main", null, SITE, List.of(), 1);

        assertThat(NPlusOneCheck.check("the recording", recording(batch, batch))).isEmpty();
    }

    @Test
    void listsLargeBudgetsShapeByShapeUpToALimit() {
        StatementEntry[] statements = new StatementEntry[30];
        for (int i = 0; i < statements.length; i++) {
            statements[i] = select("select c" + i + " from items", SITE);
        }

        String message = QueryBudgetCheck.check("the recording", recording(statements), QueryBudget.atMost(1))
                .orElseThrow().message();

        assertThat(message).endsWith("  1 × select c24 from items\n"
                + "      at PackageService.java:57 (PackageService.pipelinesOf)\n"
                + "  ... and 5 more in 5 other shapes");
    }

    private static StatementEntry select(String sql, CallSite callSite, Object... values) {
        return new StatementEntry(ANALYZER.analyze(sql), List.of(values), Instant.EPOCH, 0, 0, -1, 0, 1, null,
                "main", null, callSite, List.of(), 1);
    }

    private static Recording recording(RecordedEntry... entries) {
        long selects = Arrays.stream(entries).filter(StatementEntry.class::isInstance).count();
        return new Recording(List.of(entries), List.of(), Map.of(StatementKind.SELECT, selects), 0, 0, 0, 0, 0,
                100_000);
    }
}
