package dev.queryguard.recording;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A call the application made to a service outside the database, with the transactions its thread held open at
 * that moment: an open transaction keeps its locks and its connection for as long as the remote service takes.
 *
 * <p>QueryGuard sees HTTP requests of {@code java.net.http.HttpClient} and {@code HttpURLConnection}, socket
 * connects of {@code java.net.Socket}, and what the application declares with
 * {@code QueryGuard.externalCall(kind, target)}. The JDBC driver's own connections are never external calls.
 *
 * @param kind             {@value #HTTP}, {@value #SOCKET}, or the kind given to {@code QueryGuard.externalCall}
 * @param target           the URL without query or user info ({@code http://10.0.0.5:8080/objects/1.tgz}),
 *                         {@code host:port} for a socket, or the target given to {@code QueryGuard.externalCall}
 * @param host             the host as the URL or socket address names it, or {@code null} when declared by the API
 * @param port             the port, or {@code -1} when unknown
 * @param start            when the call was made
 * @param thread           the thread that made it
 * @param callSite         where the application made it, or {@code null} when call sites are not captured
 * @param openTransactions the transactions the thread held open at the call, in the order they began
 */
public record ExternalCallEntry(String kind, String target, String host, int port, Instant start, String thread,
                                CallSite callSite, List<OpenTransaction> openTransactions) implements RecordedEntry {

    /** The kind of a request made with {@code HttpClient} or {@code HttpURLConnection}. */
    public static final String HTTP = "HTTP";
    /** The kind of a {@code java.net.Socket} connect. */
    public static final String SOCKET = "socket";

    public ExternalCallEntry {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(target, "target must not be null");
        Objects.requireNonNull(start, "start must not be null");
        openTransactions = List.copyOf(openTransactions);
    }

    @Override
    public Source source() {
        return Source.EXTERNAL;
    }

    /**
     * The open transactions that began while the recording ran; a transaction already open when it started (a
     * test wrapped in a rollback) is not the recorded code's doing.
     */
    public List<OpenTransaction> transactionsBegunInRecording() {
        return openTransactions.stream().filter(transaction -> !transaction.beganBeforeRecording()).toList();
    }
}
