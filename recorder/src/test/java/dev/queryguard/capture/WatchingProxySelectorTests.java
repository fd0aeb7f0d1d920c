package dev.queryguard.capture;

import dev.queryguard.LoopbackServer;
import dev.queryguard.QueryGuard;
import dev.queryguard.capture.internal.WatchingProxySelector;
import dev.queryguard.recording.Recording;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The hook on the JVM's default ProxySelector: it watches, and every proxy decision stays the previous one's. */
class WatchingProxySelectorTests {

    private static final Proxy CORPORATE =
            new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("proxy", 3128));

    private ProxySelector original;

    @BeforeEach
    void rememberTheDefault() {
        original = ProxySelector.getDefault();
    }

    @AfterEach
    void restoreTheDefault() {
        ProxySelector.setDefault(original);
    }

    @Test
    void keepsThePreviousSelectorsDecisionsAndFailures() {
        AppSelector app = new AppSelector();
        ProxySelector.setDefault(app);

        QueryGuard.watchExternalCalls();

        ProxySelector watching = ProxySelector.getDefault();
        assertThat(watching).isInstanceOfSatisfying(WatchingProxySelector.class,
                selector -> assertThat(selector.previous()).isSameAs(app));
        Recording recording = QueryGuard.record(() -> {
            assertThat(watching.select(URI.create("http://intranet.example/a"))).containsExactly(CORPORATE);
            assertThat(watching.select(URI.create("https://10.0.0.1/b"))).containsExactly(Proxy.NO_PROXY);
        });
        IOException refused = new IOException("refused");
        watching.connectFailed(URI.create("http://intranet.example/a"), CORPORATE.address(), refused);

        assertThat(app.asked).containsExactly("http://intranet.example/a", "https://10.0.0.1/b");
        assertThat(app.failed).containsExactly(refused);
        assertThat(recording.externalCalls()).extracting(call -> call.target())
                .containsExactly("http://intranet.example/a", "https://10.0.0.1/b");
    }

    @Test
    void installsOnceHoweverOftenItIsAsked() {
        ProxySelector.setDefault(new AppSelector());

        QueryGuard.watchExternalCalls();
        ProxySelector first = ProxySelector.getDefault();
        QueryGuard.watchExternalCalls();
        QueryGuard.start().stop();

        assertThat(ProxySelector.getDefault()).isSameAs(first);
    }

    @Test
    void goesDirectWhenThereWasNoSelector() {
        ProxySelector.setDefault(null);

        QueryGuard.watchExternalCalls();

        ProxySelector watching = ProxySelector.getDefault();
        assertThat(watching.select(URI.create("socket://127.0.0.1:5432"))).containsExactly(Proxy.NO_PROXY);
        assertThatThrownBy(() -> watching.select(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void coversTheJdkDefaultWhenNothingElseWasSet() {
        QueryGuard.watchExternalCalls();

        assertThat(ProxySelector.getDefault()).isInstanceOfSatisfying(WatchingProxySelector.class,
                selector -> assertThat(selector.previous().getClass().getName())
                        .isEqualTo("sun.net.spi.DefaultProxySelector"));
    }

    /** The JDK fact behind QueryGuard.watchExternalCalls(): an HttpClient keeps the selector of its build time. */
    @Test
    void doesNotSeeAnHttpClientBuiltBeforeItWatched() {
        ProxySelector.setDefault(new AppSelector());
        HttpClient builtBefore = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();
        HttpClient builtWithTheDefault = HttpClient.newHttpClient();
        QueryGuard.watchExternalCalls();
        HttpClient builtAfter = HttpClient.newHttpClient();

        try (LoopbackServer server = new LoopbackServer()) {
            Recording recording = QueryGuard.record(() -> {
                server.put(builtBefore, "/before");
                server.put(builtWithTheDefault, "/with-the-default");
                server.put(builtAfter, "/after");
            });

            assertThat(server.requests()).hasSize(3);
            assertThat(recording.externalCalls()).extracting(call -> call.target())
                    .containsExactly("http://127.0.0.1:" + server.port() + "/after");
        }
    }

    private static final class AppSelector extends ProxySelector {
        final List<String> asked = new ArrayList<>();
        final List<IOException> failed = new ArrayList<>();

        @Override
        public List<Proxy> select(URI uri) {
            asked.add(uri.toString());
            return uri.getHost().equals("intranet.example") ? List.of(CORPORATE) : List.of(Proxy.NO_PROXY);
        }

        @Override
        public void connectFailed(URI uri, SocketAddress address, IOException e) {
            failed.add(e);
        }
    }
}
