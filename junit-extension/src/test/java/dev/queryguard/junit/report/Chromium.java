package dev.queryguard.junit.report;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A headless Chromium this test starts and stops, driven through the DevTools protocol ({@link DevTools}): no
 * WebDriver, no browser library. Missing Chromium fails the test with how to install it.
 */
final class Chromium implements AutoCloseable {

    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final long START_TIMEOUT_SECONDS = 60;

    private final Process process;
    private final List<String> output = new ArrayList<>();
    private final DevTools devTools;

    private Chromium(Path executable, Path profile) throws Exception {
        process = new ProcessBuilder(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--user-data-dir=" + profile,
                "--remote-debugging-port=0", "about:blank")
                .redirectErrorStream(true).start();
        try {
            devTools = DevTools.connect(listeningSocket());
            devTools.attachToNewPage();
        } catch (Exception | AssertionError e) {
            kill();
            throw e;
        }
    }

    /** Starts Chromium with a fresh profile in {@code profile}. */
    static Chromium start(Path profile) throws Exception {
        return new Chromium(executable(), profile);
    }

    DevTools devTools() {
        return devTools;
    }

    private URI listeningSocket() throws Exception {
        CompletableFuture<URI> socket = new CompletableFuture<>();
        Thread reader = new Thread(() -> readOutput(socket), "chromium-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return socket.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("Chromium did not open its DevTools socket within " + START_TIMEOUT_SECONDS
                    + " s; it wrote:\n" + String.join("\n", output()), e);
        }
    }

    /** Reads Chromium's output to its end (a full pipe would block it), completing the socket when announced. */
    private void readOutput(CompletableFuture<URI> socket) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                synchronized (output) {
                    output.add(line);
                }
                Matcher listening = LISTENING.matcher(line);
                if (listening.find()) {
                    socket.complete(URI.create(listening.group(1)));
                }
            }
            socket.completeExceptionally(new AssertionError("Chromium exited (" + process.waitFor()
                    + ") before opening its DevTools socket; it wrote:\n" + String.join("\n", output())));
        } catch (IOException | InterruptedException e) {
            socket.completeExceptionally(e);
        }
    }

    private List<String> output() {
        synchronized (output) {
            return List.copyOf(output);
        }
    }

    private static Path executable() {
        return executable(System.getenv("CHROMIUM_BIN"), System.getenv("PATH"));
    }

    /** {@code configured} when set, else the first Chromium on {@code path}; fails the test when there is none. */
    static Path executable(String configured, String path) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Stream.of(Optional.ofNullable(path).orElse("").split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .flatMap(dir -> NAMES.stream().map(name -> Path.of(dir, name)))
                .filter(Files::isExecutable)
                .findFirst()
                .orElseGet(() -> fail("""
                        The HTML report is tested in a real headless Chromium, but none was found on the PATH \
                        (looked for %s). Install it: `apt-get update && apt-get install -y chromium` on Debian \
                        (.ci/run does this), or point CHROMIUM_BIN at a Chromium or Chrome executable."""
                        .formatted(String.join(", ", NAMES))));
    }

    @Override
    public void close() {
        try {
            devTools.closeBrowser();
            devTools.close();
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            kill();
        }
    }

    /** Ends the Chromium this test started and its helper processes, and only those. */
    private void kill() {
        if (process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.onExit().orTimeout(10, TimeUnit.SECONDS).join();
        }
    }
}
