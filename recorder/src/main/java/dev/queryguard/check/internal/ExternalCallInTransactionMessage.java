package dev.queryguard.check.internal;

import dev.queryguard.check.CheckFailure;
import dev.queryguard.check.ExternalCallsInTransaction;
import dev.queryguard.check.SqlText;
import dev.queryguard.recording.ExternalCallEntry;
import dev.queryguard.recording.OpenTransaction;
import dev.queryguard.recording.StatementEntry;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The message of an external call made inside a transaction: the call with its call site, then each transaction
 * it kept open with where it began and what it had run, so the IDE links both places.
 */
public final class ExternalCallInTransactionMessage {

    /** Calls shown in detail; the rest are counted. */
    static final int MAX_CALLS = 3;

    private ExternalCallInTransactionMessage() {
    }

    public static CheckFailure failure(String subject, List<ExternalCallEntry> calls, String allowHint) {
        StringBuilder text = new StringBuilder("Expected ").append(subject)
                .append(" not to call external services inside a database transaction,\n");
        if (calls.size() == 1) {
            text.append("but it ");
            call(text, calls.get(0));
        } else {
            text.append("but it made ").append(calls.size()).append(" external calls inside transactions.\n");
            for (ExternalCallEntry call : calls.subList(0, Math.min(MAX_CALLS, calls.size()))) {
                text.append("It ");
                call(text, call);
            }
            if (calls.size() > MAX_CALLS) {
                text.append("... and ").append(calls.size() - MAX_CALLS).append(" more.\n");
            }
        }
        text.append("Commit first and call the service after");
        if (allowHint != null) {
            text.append(", or allow it with ").append(allowHint);
        }
        text.append('.');
        String actual = calls.stream().map(ExternalCallInTransactionMessage::describe)
                .collect(Collectors.joining("\n"));
        return new CheckFailure(ExternalCallsInTransaction.NAME, text.toString(),
                "no external calls inside transactions", actual);
    }

    private static void call(StringBuilder text, ExternalCallEntry call) {
        text.append(describe(call)).append('\n')
                .append("    at ").append(SqlText.at(call.callSite())).append('\n');
        List<OpenTransaction> transactions = call.transactionsBegunInRecording();
        for (int i = 0; i < transactions.size(); i++) {
            transaction(text, transactions.get(i), i == 0 ? "while" : "and");
        }
    }

    private static void transaction(StringBuilder text, OpenTransaction transaction, String conjunction) {
        text.append(conjunction).append(" transaction ").append(transaction.transactionId())
                .append(" on connection ").append(transaction.connectionId()).append(" was open:\n")
                .append("    began at ").append(SqlText.at(transaction.beganAt())).append('\n');
        if (transaction.statementCount() == 0) {
            text.append("    no statements so far\n");
            return;
        }
        text.append("    statements so far:\n");
        for (StatementEntry statement : transaction.statements()) {
            text.append("      ").append(SqlText.shorten(statement.fingerprint())).append('\n')
                    .append("        at ").append(SqlText.at(statement.callSite())).append('\n');
        }
        int more = transaction.statementCount() - transaction.statements().size();
        if (more > 0) {
            text.append("      ... and ").append(more).append(more == 1 ? " more statement\n" : " more statements\n");
        }
    }

    /** What the call did, as a verb phrase: {@code called http://10.0.0.5/objects/1.tgz}. */
    static String describe(ExternalCallEntry call) {
        return switch (call.kind()) {
            case ExternalCallEntry.HTTP -> "called " + call.target();
            case ExternalCallEntry.SOCKET -> "opened a socket to " + call.target();
            default -> "called " + call.kind() + ": " + call.target();
        };
    }
}
