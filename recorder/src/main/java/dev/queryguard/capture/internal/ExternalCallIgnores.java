package dev.queryguard.capture.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The hosts of {@code queryguard.externalCalls.ignore}: {@code host} matches any port, {@code host:port} one. */
final class ExternalCallIgnores {

    private final Set<String> hosts = new HashSet<>();
    private final Set<String> hostsAndPorts = new HashSet<>();

    ExternalCallIgnores(List<String> entries) {
        for (String entry : entries) {
            int colon = entry.lastIndexOf(':');
            boolean hasPort = colon > entry.lastIndexOf(']');
            (hasPort ? hostsAndPorts : hosts).add(entry.toLowerCase(Locale.ROOT));
        }
    }

    boolean ignores(String host, int port) {
        if (host == null || hosts.isEmpty() && hostsAndPorts.isEmpty()) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT);
        return hosts.contains(name) || hostsAndPorts.contains(name + ":" + port);
    }
}
