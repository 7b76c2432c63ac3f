package org.landcon.hotswap;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The platform's REST API as one logged-in user sees it: the session cookie and the CSRF token of
 * {@code POST /api/session}, JSON in and out. Thread-safe once logged in.
 */
final class Api {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "landcon-admin";
    static final String PASSWORD = "Hotswap-pass-2026";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private String cookie = "";
    private String csrf = "";

    Api(URI base) {
        this.base = base;
    }

    /** Logs {@code user} in; this client then acts as that user. */
    static Api login(Platform platform, String user, String password) throws IOException, InterruptedException {
        Api api = new Api(platform.base);
        HttpResponse<String> r = api.http.send(HttpRequest.newBuilder(platform.base.resolve("/api/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("user", user, "password", password))))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("login of " + user + ": " + r.statusCode() + " " + r.body());
        }
        api.cookie = r.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        api.csrf = JSON.readTree(r.body()).path("csrfToken").asText();
        return api;
    }

    JsonNode get(String path) throws IOException, InterruptedException {
        return ok(send(request(path).GET().build()), path);
    }

    /** A GET that returns the status, whatever it is (for the load). */
    int status(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    JsonNode post(String path, Object body) throws IOException, InterruptedException {
        return ok(send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build()), path);
    }

    /** {@code POST /api/plans} with the zip as the body; returns the new plan's id. */
    long upload(Path zip) throws IOException, InterruptedException {
        JsonNode r = ok(send(request("/api/plans").header("Content-Type", "application/zip")
                .header("X-File-Name", zip.getFileName().toString()).timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofFile(zip)).build()), "/api/plans");
        return r.path("id").asLong();
    }

    /** A PUT of a file as the body; the status and the body, whatever they are. */
    HttpResponse<String> put(String path, Path file, String type) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", type).PUT(HttpRequest.BodyPublishers.ofFile(file)).build());
    }

    /** A DELETE; the status, whatever it is. */
    int delete(String path) throws IOException, InterruptedException {
        return send(request(path).DELETE().build()).statusCode();
    }

    /** Creates a user (this client must be the administrator). */
    void createUser(String username, String region, String county, List<Map<String, String>> roles)
            throws IOException, InterruptedException {
        post("/api/users", Map.of("username", username, "password", PASSWORD, "region", region, "county", county,
                "roles", roles));
    }

    static Map<String, String> role(String role, String scope) {
        return Map.of("role", role, "scope", scope);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Cookie", cookie).header("X-CSRF-Token", csrf)
                .timeout(Duration.ofSeconds(60));
    }

    private HttpResponse<String> send(HttpRequest r) throws IOException, InterruptedException {
        return http.send(r, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode ok(HttpResponse<String> r, String path) throws IOException {
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(r.request().method() + " " + path + ": " + r.statusCode() + " " + r.body());
        }
        return r.body().isEmpty() ? JSON.nullNode() : JSON.readTree(r.body());
    }
}
