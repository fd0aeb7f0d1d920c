package dev.queryguard.junit.report;

import dev.queryguard.junit.report.internal.Json;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny client of the Chrome DevTools Protocol over the JDK's WebSocket: commands wait for their answer with a
 * timeout, events complete futures registered before the command that causes them. Works in flat-session mode:
 * {@link #attachToNewPage()} opens a tab and later commands go to it. Thread-safe.
 */
final class DevTools implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<Map<String, Object>>> answers = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Map<String, Object>>> awaitedEvents = new ConcurrentHashMap<>();
    private final List<String> pageErrors = new CopyOnWriteArrayList<>();
    private volatile String sessionId;

    private DevTools(URI browserSocket) throws Exception {
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT)
                .buildAsync(browserSocket, new Receiver()).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    static DevTools connect(URI browserSocket) throws Exception {
        return new DevTools(browserSocket);
    }

    /** Opens a blank tab and sends every later command to it; collects the page's uncaught errors. */
    void attachToNewPage() throws Exception {
        String targetId = (String) send("Target.createTarget", Map.of("url", "about:blank")).get("targetId");
        sessionId = (String) send("Target.attachToTarget", Map.of("targetId", targetId, "flatten", true))
                .get("sessionId");
        send("Page.enable", Map.of());
        send("Runtime.enable", Map.of());
    }

    /** Loads {@code url} in the tab and waits for its load event. */
    void navigate(URI url) throws Exception {
        CompletableFuture<Map<String, Object>> loaded = event("Page.loadEventFired");
        Map<String, Object> navigation = send("Page.navigate", Map.of("url", url.toString()));
        if (navigation.get("errorText") != null) {
            throw new IllegalStateException("Chromium could not open " + url + ": " + navigation.get("errorText"));
        }
        await(loaded, "the load event of " + url);
    }

    /** Evaluates a JavaScript expression in the tab (awaiting it when it is a promise) and returns its value. */
    Object evaluate(String expression) throws Exception {
        Map<String, Object> result = send("Runtime.evaluate", Map.of("expression", expression,
                "returnByValue", true, "awaitPromise", true));
        if (result.get("exceptionDetails") != null) {
            throw new IllegalStateException("The page threw on " + expression + ": "
                    + Json.write(result.get("exceptionDetails")));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> value = (Map<String, Object>) result.get("result");
        return value.get("value");
    }

    /** Clicks the middle of the element {@code selector} finds, with the mouse, as a user would. */
    void click(String selector) throws Exception {
        Object box = evaluate("(() => { const e = document.querySelector(" + Json.write(selector) + ");"
                + " e.scrollIntoView({block: 'center', inline: 'nearest'}); const r = e.getBoundingClientRect();"
                + " return [r.left + r.width / 2, r.top + r.height / 2]; })()");
        List<?> middle = (List<?>) box;
        for (String type : List.of("mousePressed", "mouseReleased")) {
            send("Input.dispatchMouseEvent", Map.of("type", type, "x", middle.get(0), "y", middle.get(1),
                    "button", "left", "clickCount", 1));
        }
    }

    /** The uncaught exceptions the page threw so far. */
    List<String> pageErrors() {
        return List.copyOf(pageErrors);
    }

    /** Asks the browser to close; the caller still waits for its process. */
    void closeBrowser() {
        sessionId = null;
        int id = ids.incrementAndGet();
        socket.sendText(Json.write(Map.of("id", (long) id, "method", "Browser.close", "params", Map.of())), true);
    }

    @Override
    public void close() {
        socket.abort();
    }

    private Map<String, Object> send(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<Map<String, Object>> answer = new CompletableFuture<>();
        answers.put(id, answer);
        Map<String, Object> command = new LinkedHashMap<>();
        command.put("id", (long) id);
        command.put("method", method);
        command.put("params", numbersAsLongs(params));
        if (sessionId != null && !method.startsWith("Target.")) {
            command.put("sessionId", sessionId);
        }
        socket.sendText(Json.write(command), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        Map<String, Object> message = await(answer, method);
        if (message.get("error") != null) {
            throw new IllegalStateException(method + " failed: " + Json.write(message.get("error")));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) message.get("result");
        return result;
    }

    private CompletableFuture<Map<String, Object>> event(String method) {
        return awaitedEvents.computeIfAbsent(method, key -> new CompletableFuture<>());
    }

    private static <T> T await(CompletableFuture<T> future, String what) throws Exception {
        try {
            return future.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Chromium did not answer " + what + " within " + TIMEOUT.toSeconds()
                    + " s", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Chromium's connection failed waiting for " + what, e.getCause());
        }
    }

    /** The JSON writer knows longs only: the protocol takes coordinates as numbers, whole ones will do. */
    private static Map<String, Object> numbersAsLongs(Map<String, Object> params) {
        Map<String, Object> converted = new LinkedHashMap<>();
        params.forEach((key, value) -> converted.put(key, value instanceof Number number && !(value instanceof Long)
                ? Long.valueOf(Math.round(number.doubleValue())) : value));
        return converted;
    }

    private void dispatch(Map<String, Object> message) {
        Object id = message.get("id");
        if (id != null) {
            CompletableFuture<Map<String, Object>> answer = answers.remove(((Long) id).intValue());
            if (answer != null) {
                answer.complete(message);
            }
            return;
        }
        String method = (String) message.get("method");
        if ("Runtime.exceptionThrown".equals(method)) {
            pageErrors.add(Json.write(message.get("params")));
        }
        CompletableFuture<Map<String, Object>> awaited = awaitedEvents.remove(method);
        if (awaited != null) {
            awaited.complete(message);
        }
    }

    private final class Receiver implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                dispatch(Json.parseObject(text));
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            answers.values().forEach(answer -> answer.completeExceptionally(error));
            awaitedEvents.values().forEach(event -> event.completeExceptionally(error));
        }
    }
}
