package dev.queryguard.analysis.internal;

import net.sf.jsqlparser.statement.execute.Execute;
import net.sf.jsqlparser.statement.select.PlainSelect;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatementParserTests {

    private final StatementParser parser = new StatementParser(5_000, ParseTimer.shared());

    @Test
    void readsEveryStatementOfAText() {
        ParseOutcome outcome = parser.parse("SELECT 1; SELECT * FROM ci.x;");

        assertThat(outcome.statements()).hasSize(2).allMatch(PlainSelect.class::isInstance);
    }

    @Test
    void readsTheCallInsideAJdbcEscape() {
        assertThat(parser.parse("{call ci.retry(?)}").statements()).singleElement().isInstanceOf(Execute.class);
        assertThat(parser.parse(" { ? = CALL ci.next_id(?, ?) } ").statements())
                .singleElement().isInstanceOf(Execute.class);
    }

    @Test
    void retriesWithBracketQuotesOnlyWhenThePlainParseFails() {
        assertThat(parser.parse("SELECT * FROM [main].[packages]").isParsed()).isTrue();
        // arrays keep working: bracket quotes would turn arr[1] into a quoted name
        assertThat(parser.parse("SELECT arr[1] FROM main.packages").isParsed()).isTrue();
    }

    @Test
    void disarmsTheTimeoutOfEveryParse() {
        AtomicLong armed = new AtomicLong();
        AtomicLong disarmed = new AtomicLong();
        StatementParser counted = new StatementParser(1_234, (onTimeout, millis) -> {
            assertThat(millis).isEqualTo(1_234);
            armed.incrementAndGet();
            return disarmed::incrementAndGet;
        });

        counted.parse("SELECT 1");
        counted.parse("SELECT * FROM [a].[b]"); // two attempts
        counted.parse("SELECT ~~~");

        assertThat(armed).hasValue(4);
        assertThat(disarmed).hasValue(4);
    }

    @Test
    void theSharedTimerRunsATimeoutUnlessDisarmed() throws InterruptedException {
        AtomicBoolean disarmedFired = new AtomicBoolean();
        CountDownLatch later = new CountDownLatch(1);

        ParseTimer.shared().arm(() -> disarmedFired.set(true), 1_000).run();
        // one timer thread runs timeouts in deadline order: once the later one ran, the disarmed one would have
        ParseTimer.shared().arm(later::countDown, 2_000);

        assertThat(later.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(disarmedFired).isFalse();
    }

    @Test
    void aParseInterruptedByItsTimerIsATimeout() {
        StatementParser interrupted = new StatementParser(10, (onTimeout, millis) -> {
            onTimeout.run();
            return () -> { };
        });

        assertThat(interrupted.parse("SELECT 1").error())
                .isEqualTo("not parsed: parsing took longer than queryguard.analysis.parseTimeoutMillis=10");
    }

    @Test
    void rejectsANonPositiveTimeout() {
        assertThatThrownBy(() -> new StatementParser(0, ParseTimer.shared()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("timeoutMillis must be positive: 0");
    }
}
