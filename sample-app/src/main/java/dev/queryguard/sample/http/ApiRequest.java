package dev.queryguard.sample.http;

import com.sun.net.httpserver.HttpExchange;

import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A request that matched a route: its path parameters, query parameters, headers and body. Used by the one
 * server thread that handles the request.
 */
public final class ApiRequest {

    private final HttpExchange exchange;
    private final Map<String, String> pathParameters;
    private final Map<String, String> queryParameters;

    ApiRequest(HttpExchange exchange, Map<String, String> pathParameters) {
        this.exchange = exchange;
        this.pathParameters = Map.copyOf(pathParameters);
        this.queryParameters = parseQuery(exchange.getRequestURI().getRawQuery());
    }

    public String method() {
        return exchange.getRequestMethod();
    }

    /** The path parameter {@code {name}} of the route, decoded. */
    public String pathParameter(String name) {
        String value = pathParameters.get(name);
        if (value == null) {
            throw new IllegalStateException("The route has no path parameter {" + name + "}");
        }
        return value;
    }

    /** The path parameter {@code {name}} as an id; 400 when it is not a positive number. */
    public long idParameter(String name) {
        String value = pathParameter(name);
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest(name + " must be a positive number: " + value);
    }

    /** The query parameter {@code name}, decoded, when present and not empty. */
    public Optional<String> parameter(String name) {
        return Optional.ofNullable(queryParameters.get(name)).filter(value -> !value.isEmpty());
    }

    /** The query parameter {@code name} as a number, {@code absent} when missing; 400 when not a number. */
    public int intParameter(String name, int absent) {
        Optional<String> value = parameter(name);
        if (value.isEmpty()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.get());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a number: " + value.get());
        }
    }

    /** The first value of request header {@code name}, or {@code null}. */
    public String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    /** The request body; read it at most once. */
    public InputStream body() {
        return exchange.getRequestBody();
    }

    private static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.putIfAbsent(name, value);
        }
        return parameters;
    }

    static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
