package dev.queryguard.http;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import dev.queryguard.recording.RecordingScope;

import java.io.IOException;

/**
 * A filter for the JDK's HTTP server that records each request's statements into the scope the request names
 * in the {@value RecordingScope#HEADER} header, so a test sees the queries its request caused on a server
 * thread. Requests without the header run unrecorded. Stateless and thread-safe.
 *
 * <pre>{@code
 * HttpContext context = server.createContext("/api", handler);
 * context.getFilters().add(new ScopeHeaderFilter());
 * }</pre>
 */
public final class ScopeHeaderFilter extends Filter {

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        RecordingScope.Binding binding =
                RecordingScope.bindFromHeader(exchange.getRequestHeaders().getFirst(RecordingScope.HEADER));
        try {
            chain.doFilter(exchange);
        } finally {
            binding.close();
        }
    }

    @Override
    public String description() {
        return "Binds the QueryGuard recording scope named in the " + RecordingScope.HEADER + " header";
    }
}
