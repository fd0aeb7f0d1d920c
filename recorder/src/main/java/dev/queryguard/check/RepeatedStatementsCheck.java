package dev.queryguard.check;

import dev.queryguard.analysis.StatementKind;
import dev.queryguard.check.internal.StatementsRepeated;
import dev.queryguard.recording.Recording;
import dev.queryguard.recording.RepeatedStatement;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Fails a recording that ran the same statement with the same bound values more than once: the second
 * execution could have reused the first one's result. Only statements that read or write data count; session
 * commands ({@code SET ...}), DDL and transaction control are often repeated on purpose, per connection.
 *
 * <p>Stateless and thread-safe.
 */
public final class RepeatedStatementsCheck {

    /** The check's name in failures and reports. */
    public static final String NAME = "repeated-statements";

    private static final Set<StatementKind> CHECKED = EnumSet.of(StatementKind.SELECT, StatementKind.INSERT,
            StatementKind.UPDATE, StatementKind.DELETE, StatementKind.MERGE, StatementKind.CALL);

    private RepeatedStatementsCheck() {
    }

    /** Returns the failure when {@code recording} repeated a statement; {@code subject} names what ran. */
    public static Optional<CheckFailure> check(String subject, Recording recording) {
        List<RepeatedStatement> repeated = recording.repeatedStatements().stream()
                .filter(statement -> CHECKED.contains(statement.first().kind()))
                .toList();
        if (repeated.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CheckFailure(NAME, StatementsRepeated.message(subject, repeated), null, null));
    }
}
