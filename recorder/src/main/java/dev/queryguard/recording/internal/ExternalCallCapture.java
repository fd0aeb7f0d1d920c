package dev.queryguard.recording.internal;

import dev.queryguard.recording.CallSite;

/**
 * An external call as the capture layer saw it. Each recording turns it into an {@code ExternalCallEntry} of its
 * own when it closes, because whether an open transaction began before the recording depends on the recording.
 */
public final class ExternalCallCapture {

    final String kind;
    final String target;
    final String host;
    final int port;
    final long startNanoTime;
    final String thread;
    final CallSite callSite;
    final TransactionAtCall[] openTransactions;

    public ExternalCallCapture(String kind, String target, String host, int port, long startNanoTime, String thread,
                               CallSite callSite, TransactionAtCall[] openTransactions) {
        this.kind = kind;
        this.target = target;
        this.host = host;
        this.port = port;
        this.startNanoTime = startNanoTime;
        this.thread = thread;
        this.callSite = callSite;
        this.openTransactions = openTransactions;
    }

    /**
     * A transaction the calling thread held open at the call.
     *
     * @param beganNanoTime when its first statement ran, from {@link System#nanoTime()}
     * @param beganAt       the call site of that statement, or {@code null} when it was not recorded
     */
    public record TransactionAtCall(int connectionId, long transactionId, long beganNanoTime, CallSite beganAt) {
    }
}
