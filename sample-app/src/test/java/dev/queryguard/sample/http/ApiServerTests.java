package dev.queryguard.sample.http;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ApiServerTests {

    private static ApiServer server;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        Router router = new Router()
                .get("/api/v4/projects/{id}/echo/{name}", request -> ApiResponse.ok(Map.of(
                        "id", request.idParameter("id"), "name", request.pathParameter("name"),
                        "page", Pagination.of(request).page(), "per_page", Pagination.of(request).perPage())))
                .get("/api/v4/broken", request -> {
                    throw new IllegalStateException("a bug of ours");
                });
        server = ApiServer.start(router, 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void answersWithTheDecodedPathAndQueryParameters() throws Exception {
        assertThat(json(get("/api/v4/projects/7/echo/a%20b?page=2&per_page=5")))
                .isEqualTo(Map.of("id", 7, "name", "a b", "page", 2, "per_page", 5));
    }

    @Test
    void servesTwentyPerPageByDefaultAndAtMostAHundred() throws Exception {
        assertThat(json(get("/api/v4/projects/7/echo/x"))).containsEntry("page", 1).containsEntry("per_page", 20);
        assertThat(json(get("/api/v4/projects/7/echo/x?per_page=500"))).containsEntry("per_page", 100);
    }

    @Test
    void refusesBadParametersWith400() throws Exception {
        assertThat(get("/api/v4/projects/x/echo/y"))
                .isEqualTo("400 {\"message\":\"400 Bad request - id must be a positive number: x\"}");
        assertThat(get("/api/v4/projects/7/echo/y?per_page=many"))
                .isEqualTo("400 {\"message\":\"400 Bad request - per_page must be a number: many\"}");
        assertThat(get("/api/v4/projects/7/echo/y?page=0"))
                .isEqualTo("400 {\"message\":\"400 Bad request - page must be at least 1: 0\"}");
    }

    @Test
    void answersUnknownPathsWith404AndOtherMethodsWith405() throws Exception {
        assertThat(get("/api/v4/nothing")).isEqualTo("404 {\"message\":\"404 Route Not Found\"}");
        assertThat(send("DELETE", "/api/v4/projects/7/echo/y"))
                .isEqualTo("405 {\"message\":\"405 Method Not Allowed\"}");
    }

    @Test
    void hidesItsOwnBugsBehindA500() throws Exception {
        assertThat(get("/api/v4/broken")).isEqualTo("500 {\"message\":\"500 Internal Server Error\"}");
    }

    private static String get(String path) throws IOException, InterruptedException {
        return send("GET", path);
    }

    private static String send(String method, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(server.baseUri() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        return response.statusCode() + " " + response.body();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String statusAndBody) throws IOException {
        assertThat(statusAndBody).startsWith("200 ");
        return Json.mapper().readValue(statusAndBody.substring(4), Map.class);
    }
}
