package dev.queryguard.recording.internal;

import dev.queryguard.recording.ExternalCallEntry;
import dev.queryguard.recording.OpenTransaction;
import dev.queryguard.recording.StatementEntry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns external-call captures into entries of one recording, in timeline order: it follows the statements of
 * each transaction as they go by, so a call lists the statements its open transactions ran before it. The
 * statements come from the recording rather than from the capture, which keeps the statement path free of work.
 */
final class ExternalCallAssembly {

    private final long recordingStartNanoTime;
    private final Map<Long, TransactionSoFar> transactions = new HashMap<>();

    ExternalCallAssembly(long recordingStartNanoTime) {
        this.recordingStartNanoTime = recordingStartNanoTime;
    }

    /** Notes a statement of the timeline; call it in timeline order. */
    void statement(StatementEntry statement) {
        if (statement.transactionId() != null) {
            transactions.computeIfAbsent(statement.transactionId(), id -> new TransactionSoFar()).add(statement);
        }
    }

    ExternalCallEntry toEntry(ExternalCallCapture capture) {
        List<OpenTransaction> open = new ArrayList<>(capture.openTransactions.length);
        for (ExternalCallCapture.TransactionAtCall transaction : capture.openTransactions) {
            TransactionSoFar soFar = transactions.getOrDefault(transaction.transactionId(), TransactionSoFar.NONE);
            open.add(new OpenTransaction(transaction.connectionId(), transaction.transactionId(),
                    WallClock.instantOf(transaction.beganNanoTime()), transaction.beganAt(),
                    transaction.beganNanoTime() < recordingStartNanoTime, soFar.first, soFar.count));
        }
        return new ExternalCallEntry(capture.kind, capture.target, capture.host, capture.port,
                WallClock.instantOf(capture.startNanoTime), capture.thread, capture.callSite, open);
    }

    private static final class TransactionSoFar {
        static final TransactionSoFar NONE = new TransactionSoFar();

        final List<StatementEntry> first = new ArrayList<>(OpenTransaction.MAX_STATEMENTS);
        int count;

        void add(StatementEntry statement) {
            if (first.size() < OpenTransaction.MAX_STATEMENTS) {
                first.add(statement);
            }
            count++;
        }
    }
}
