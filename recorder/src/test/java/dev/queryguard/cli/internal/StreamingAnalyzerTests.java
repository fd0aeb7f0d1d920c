package dev.queryguard.cli.internal;

import dev.queryguard.analysis.StatementAnalysis;
import dev.queryguard.config.QueryGuardConfig;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StreamingAnalyzerTests {

    @Test
    void analysesAlikeBeforeAndAfterStartingAfresh() {
        StreamingAnalyzer analyzer = new StreamingAnalyzer(QueryGuardConfig.defaults());
        StatementAnalysis first = analyzer.analyze("select 1");
        for (int i = 1; i < StreamingAnalyzer.STATEMENTS_PER_ANALYZER; i++) {
            assertThat(analyzer.analyze("select 1")).isSameAs(first);
        }

        StatementAnalysis afresh = analyzer.analyze("select 1");

        assertThat(afresh).isNotSameAs(first).isEqualTo(first);
    }
}
