package dev.queryguard;

import dev.queryguard.check.SqlText;
import dev.queryguard.recording.CallSite;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SqlTextTests {

    @Test
    void keepsShortStatementsOnOneLine() {
        assertThat(SqlText.shorten("select *\n  from items\twhere id = ?")).isEqualTo("select * from items where id = ?");
    }

    @Test
    void cutsLongStatementsAndSaysHowMuch() {
        String sql = "select " + "x, ".repeat(100) + "y from t";

        assertThat(SqlText.shorten(sql)).hasSize(SqlText.MAX_LENGTH + "... (115 more characters)".length())
                .endsWith("... (115 more characters)");
    }

    @Test
    void showsCallSitesAsFileLineAndMethod() {
        assertThat(SqlText.at(new CallSite("com.example.PackageService", "pipelinesOf", "PackageService.java", 57)))
                .isEqualTo("PackageService.java:57 (PackageService.pipelinesOf)");
        assertThat(SqlText.at(null)).isEqualTo("(call site not recorded: queryguard.callSites=false)");
    }
}
