package dev.queryguard.capture.internal;

import dev.queryguard.recording.CallSite;
import dev.queryguard.recording.ExternalCallEntry;
import dev.queryguard.recording.internal.ExternalCallCapture;
import dev.queryguard.recording.internal.Scopes;
import dev.queryguard.recording.internal.ThreadBindings;

import java.net.URI;
import java.util.Locale;

/**
 * Records calls to services outside the database into the calling thread's recordings, with the transactions the
 * thread holds open. Does nothing, cheaply, when no recording listens; never throws into the application.
 */
public final class ExternalCalls {

    private ExternalCalls() {
    }

    /** Records a call the application declared ({@code QueryGuard.externalCall}). */
    public static void declared(String kind, String target) {
        ThreadBindings bindings = Scopes.current();
        if (bindings.listening()) {
            deliver(bindings, kind, target, null, -1);
        }
    }

    /**
     * Records the request or socket connect a {@link java.net.ProxySelector} is asked about: {@code http(s)://}
     * for {@code HttpClient} and {@code HttpURLConnection}, {@code socket://host:port} for {@code Socket}.
     */
    static void requested(URI uri) {
        ThreadBindings bindings = Scopes.current();
        if (uri == null || !bindings.listening()) {
            return;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() != null ? uri.getHost() : uri.getAuthority();
        int port = uri.getPort() >= 0 ? uri.getPort() : defaultPort(scheme);
        if (RecorderRuntime.get().externalCallIgnores().ignores(host, port) || JdbcFrames.onStack()) {
            return;
        }
        if (scheme.equals("socket")) {
            deliver(bindings, ExternalCallEntry.SOCKET, host + ":" + port, host, port);
        } else {
            deliver(bindings, kindOf(scheme), targetOf(uri, scheme, host), host, port);
        }
    }

    private static void deliver(ThreadBindings bindings, String kind, String target, String host, int port) {
        long start = System.nanoTime();
        RecorderRuntime runtime = RecorderRuntime.get();
        boolean details = bindings.keepsEntries();
        CallSite callSite = details && runtime.config().callSites() ? runtime.callSiteFinder().find() : null;
        bindings.deliver(new ExternalCallCapture(kind, target, host, port, start, Thread.currentThread().getName(),
                callSite, OpenTransactions.ofCurrentThread()), start);
    }

    private static String kindOf(String scheme) {
        return switch (scheme) {
            case "http", "https", "ws", "wss" -> ExternalCallEntry.HTTP;
            default -> scheme;
        };
    }

    /** The URL without user info and query, which may hold credentials and tokens that reports must not keep. */
    private static String targetOf(URI uri, String scheme, String host) {
        String port = uri.getPort() >= 0 ? ":" + uri.getPort() : "";
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        return scheme + "://" + host + port + path;
    }

    private static int defaultPort(String scheme) {
        return switch (scheme) {
            case "http", "ws" -> 80;
            case "https", "wss" -> 443;
            default -> -1;
        };
    }
}
