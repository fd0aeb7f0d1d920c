package dev.queryguard.cli.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CrossSchemaSummaryTests {

    @Test
    void namesTheLinesOfTheCrossingStatements() {
        CrossSchemaSummary summary = new CrossSchemaSummary();
        for (int line = 1; line <= 14; line++) {
            summary.add(line, line == 3 || line == 9);
        }

        assertThat(summary.anyCrossing()).isTrue();
        assertThat(summary.message())
                .isEqualTo("queryguard analyze: 2 of 14 statements cross schema groups (lines 3, 9)");
    }

    @Test
    void speaksOfOneCrossingInTheSingular() {
        CrossSchemaSummary summary = new CrossSchemaSummary();
        summary.add(1, false);
        summary.add(4, true);

        assertThat(summary.message()).isEqualTo("queryguard analyze: 1 of 2 statements crosses schema groups (line 4)");
    }

    @Test
    void namesTheFirstLinesAndCountsTheRest() {
        CrossSchemaSummary summary = new CrossSchemaSummary();
        for (int line = 1; line <= CrossSchemaSummary.LINES_SHOWN + 5; line++) {
            summary.add(line, true);
        }

        assertThat(summary.message())
                .startsWith("queryguard analyze: 25 of 25 statements cross schema groups (lines 1, 2, 3, ")
                .endsWith(", 19, 20 and 5 more)");
    }

    @Test
    void reportsNoCrossingWhenNoneCrosses() {
        CrossSchemaSummary summary = new CrossSchemaSummary();
        summary.add(1, false);

        assertThat(summary.anyCrossing()).isFalse();
    }
}
