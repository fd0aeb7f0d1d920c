package dev.queryguard.sample.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Routes requests by method and path pattern, such as {@code /api/v4/projects/{id}/packages}: a
 * {@code {name}} segment matches any one segment and becomes a path parameter. Routes are tried in the order they
 * were added. Add every route before the server starts; matching is then thread-safe.
 */
public final class Router {

    private final List<Route> routes = new ArrayList<>();

    public Router get(String pattern, Handler handler) {
        return add("GET", pattern, handler);
    }

    public Router put(String pattern, Handler handler) {
        return add("PUT", pattern, handler);
    }

    public Router post(String pattern, Handler handler) {
        return add("POST", pattern, handler);
    }

    public Router add(String method, String pattern, Handler handler) {
        routes.add(new Route(method, segments(pattern), Objects.requireNonNull(handler, "handler must not be null")));
        return this;
    }

    /** The route for {@code method} and {@code path}; empty when none matches (404, or 405 when only the method differs). */
    Optional<Match> match(String method, String path) {
        List<String> segments = segments(path);
        for (Route route : routes) {
            Map<String, String> parameters = route.parameters(segments);
            if (parameters != null && route.method().equals(method)) {
                return Optional.of(new Match(route.handler(), parameters));
            }
        }
        return Optional.empty();
    }

    /** Whether some route matches {@code path} with another method. */
    boolean matchesPath(String path) {
        List<String> segments = segments(path);
        return routes.stream().anyMatch(route -> route.parameters(segments) != null);
    }

    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        return segments;
    }

    record Match(Handler handler, Map<String, String> parameters) {
    }

    private record Route(String method, List<String> pattern, Handler handler) {

        /** The path parameters when {@code segments} match, else {@code null}. */
        Map<String, String> parameters(List<String> segments) {
            if (segments.size() != pattern.size()) {
                return null;
            }
            Map<String, String> parameters = new LinkedHashMap<>();
            for (int i = 0; i < pattern.size(); i++) {
                String expected = pattern.get(i);
                if (expected.startsWith("{") && expected.endsWith("}")) {
                    parameters.put(expected.substring(1, expected.length() - 1), ApiRequest.decode(segments.get(i)));
                } else if (!expected.equals(segments.get(i))) {
                    return null;
                }
            }
            return parameters;
        }
    }
}
