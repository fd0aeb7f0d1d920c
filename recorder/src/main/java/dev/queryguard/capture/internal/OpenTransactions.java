package dev.queryguard.capture.internal;

import dev.queryguard.recording.CallSite;
import dev.queryguard.recording.internal.ExternalCallCapture.TransactionAtCall;

import java.util.Arrays;

/**
 * The transactions each thread holds open, so that an external call can name them. Written only when a
 * transaction begins or ends, never per statement, and only by the thread itself: nothing here locks.
 *
 * <p>A transaction belongs to the thread that ran its first statement. A connection handed to another thread
 * mid-transaction and ended there leaves a stale registration behind, which {@link Began#ended} marks and the
 * owning thread drops the next time it looks.
 */
final class OpenTransactions {

    private static final ThreadLocal<OpenTransactions> OF_THREAD = ThreadLocal.withInitial(OpenTransactions::new);
    private static final TransactionAtCall[] NONE = new TransactionAtCall[0];

    private Began[] open = new Began[2];
    private int count;

    private OpenTransactions() {
    }

    /** Registers a transaction that began on the calling thread. */
    static Began began(int connectionId, long transactionId, long beganNanoTime) {
        Began began = new Began(connectionId, transactionId, beganNanoTime);
        OF_THREAD.get().add(began);
        return began;
    }

    /** Unregisters a transaction that committed, rolled back or lost its connection. */
    static void ended(Began began) {
        began.ended = true;
        OF_THREAD.get().remove(began);
    }

    /** The calling thread's open transactions, in the order they began. */
    static TransactionAtCall[] ofCurrentThread() {
        OpenTransactions registry = OF_THREAD.get();
        registry.dropEnded();
        if (registry.count == 0) {
            return NONE;
        }
        TransactionAtCall[] snapshot = new TransactionAtCall[registry.count];
        for (int i = 0; i < registry.count; i++) {
            Began began = registry.open[i];
            snapshot[i] = new TransactionAtCall(began.connectionId, began.transactionId, began.beganNanoTime,
                    began.beganAt);
        }
        return snapshot;
    }

    private void add(Began began) {
        dropEnded();
        if (count == open.length) {
            open = Arrays.copyOf(open, count * 2);
        }
        open[count++] = began;
    }

    private void remove(Began began) {
        for (int i = 0; i < count; i++) {
            if (open[i] == began) {
                System.arraycopy(open, i + 1, open, i, count - i - 1);
                open[--count] = null;
                return;
            }
        }
    }

    private void dropEnded() {
        int kept = 0;
        for (int i = 0; i < count; i++) {
            if (!open[i].ended) {
                open[kept++] = open[i];
            }
        }
        Arrays.fill(open, kept, count, null);
        count = kept;
    }

    /** One open transaction: its connection, and when and where its first statement ran. */
    static final class Began {
        final int connectionId;
        final long transactionId;
        final long beganNanoTime;
        /** Set once, right after the first statement is captured; {@code null} when nothing recorded it. */
        CallSite beganAt;
        /** Written by whichever thread ends the transaction, read by the thread that began it. */
        volatile boolean ended;

        private Began(int connectionId, long transactionId, long beganNanoTime) {
            this.connectionId = connectionId;
            this.transactionId = transactionId;
            this.beganNanoTime = beganNanoTime;
        }
    }
}
