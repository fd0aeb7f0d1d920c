package dev.queryguard.capture.internal;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;

/**
 * The JVM's default {@link ProxySelector}, wrapped to see outbound calls. The JDK asks the default selector on
 * the calling thread before every request of {@code HttpClient} and {@code HttpURLConnection} (keep-alive
 * connections included) and before every {@code Socket} connect, which makes it the one hook that needs no agent
 * and no change to the application. Proxy decisions stay the wrapped selector's: this one only watches.
 *
 * <p>{@code HttpClient} copies the default selector when it is built: clients built before {@link #install()}
 * are not seen. QueryGuard installs it on first use, and the JUnit extension before each test class.
 */
public final class WatchingProxySelector extends ProxySelector {

    private final ProxySelector previous;

    private WatchingProxySelector(ProxySelector previous) {
        this.previous = previous;
    }

    /** Wraps the current default selector, unless it already is one of ours. Idempotent and thread-safe. */
    public static void install() {
        if (ProxySelector.getDefault() instanceof WatchingProxySelector) {
            return;
        }
        synchronized (WatchingProxySelector.class) {
            ProxySelector current = ProxySelector.getDefault();
            if (!(current instanceof WatchingProxySelector)) {
                ProxySelector.setDefault(new WatchingProxySelector(current));
            }
        }
    }

    /** The selector this one wraps, or {@code null} when there was no default (every call went direct). */
    public ProxySelector previous() {
        return previous;
    }

    @Override
    public List<Proxy> select(URI uri) {
        try {
            ExternalCalls.requested(uri);
        } catch (RuntimeException e) {
            // Recording must never break the application's call; the call goes on unrecorded.
        }
        if (previous != null) {
            return previous.select(uri);
        }
        if (uri == null) {
            throw new IllegalArgumentException("uri must not be null");
        }
        return List.of(Proxy.NO_PROXY);
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException e) {
        if (previous != null) {
            previous.connectFailed(uri, address, e);
        } else if (uri == null || address == null || e == null) {
            throw new IllegalArgumentException("uri, address and exception must not be null");
        }
    }
}
