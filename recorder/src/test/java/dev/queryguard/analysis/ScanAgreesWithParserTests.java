package dev.queryguard.analysis;

import dev.queryguard.analysis.internal.ParseOutcome;
import dev.queryguard.analysis.internal.ParseTimer;
import dev.queryguard.analysis.internal.SqlLexer;
import dev.queryguard.analysis.internal.StatementParser;
import dev.queryguard.analysis.internal.TableCollector;
import dev.queryguard.analysis.internal.TableScanner;
import dev.queryguard.analysis.internal.TouchedTables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tolerant scan, which reads SQL the parser cannot, finds what the parser finds in every statement of the
 * table and join tests: the verdict on unparsed SQL is as good as on parsed SQL for these constructs.
 */
class ScanAgreesWithParserTests {

    private final StatementParser parser = new StatementParser(5_000, ParseTimer.shared());

    @ParameterizedTest(name = "{0}")
    @MethodSource({"dev.queryguard.analysis.TablesTests#constructs", "dev.queryguard.analysis.JoinsTests#joins"})
    void findsTheSameTablesAndJoins(String sql, String ignoredExpectation) {
        ParseOutcome outcome = parser.parse(sql);
        assertThat(outcome.isParsed()).as("parsed: %s", outcome.error()).isTrue();

        for (String defaultSchema : new String[] {null, "public"}) {
            TouchedTables parsed = TableCollector.collect(outcome.statements(), defaultSchema);
            TouchedTables scanned = TableScanner.scan(SqlLexer.tokenize(sql), defaultSchema);

            assertThat(scanned).as("default schema %s", defaultSchema).isEqualTo(parsed);
        }
    }
}
