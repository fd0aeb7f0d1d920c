package dev.queryguard.capture.internal;

import com.p6spy.engine.common.StatementInformation;
import dev.queryguard.recording.internal.StatementCapture;

import java.util.Arrays;

/**
 * The latest capture of the last few statements of one connection, so that rows read from a result set find
 * the execution they belong to. A connection rarely reads more than a few result sets at once; the oldest
 * slot is reused, which costs only the row count of a result set read after four newer executions.
 */
final class RecentStatements {

    private static final int SIZE = 4;

    private final StatementInformation[] statements = new StatementInformation[SIZE];
    private final StatementCapture[] captures = new StatementCapture[SIZE];
    private int next;

    void remember(StatementInformation statement, StatementCapture capture) {
        for (int i = 0; i < SIZE; i++) {
            if (statements[i] == statement) {
                captures[i] = capture;
                return;
            }
        }
        statements[next] = statement;
        captures[next] = capture;
        next = (next + 1) % SIZE;
    }

    StatementCapture latestOf(StatementInformation statement) {
        for (int i = 0; i < SIZE; i++) {
            if (statements[i] == statement) {
                return captures[i];
            }
        }
        return null;
    }

    void forget(StatementInformation statement) {
        for (int i = 0; i < SIZE; i++) {
            if (statements[i] == statement) {
                statements[i] = null;
                captures[i] = null;
            }
        }
    }

    void clear() {
        Arrays.fill(statements, null);
        Arrays.fill(captures, null);
    }
}
