package org.landcon.e2e;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/** A user's HTTP session with the platform: its own cookies, and the CSRF token sent on every non-GET. */
final class Client {
    static final ObjectMapper JSON = new ObjectMapper();
    private final Platform platform;
    private final HttpClient http;
    String csrf;

    /** A response: status and body as JSON (missing when not JSON). */
    record Reply(int status, JsonNode json, String text) {
        String error() {
            return json.path("error").asText() + " / " + json.path("errorEn").asText();
        }
    }

    Client(Platform platform) {
        this.platform = platform;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();
    }

    static Client anonymous(Platform p) {
        return new Client(p);
    }

    static Client login(Platform p, String user, String password) throws Exception {
        Client c = new Client(p);
        Reply r = c.send("POST", "/api/session", "{\"user\":\"" + user + "\",\"password\":\"" + password + "\"}", true);
        if (r.status() != 200) {
            throw new IllegalStateException("login of " + user + " failed: " + r.text());
        }
        c.csrf = r.json().path("csrfToken").asText();
        return c;
    }

    Reply get(String path) throws Exception {
        return send("GET", path, null, true);
    }

    Reply post(String path, String json) throws Exception {
        return send("POST", path, json, true);
    }

    Reply put(String path, String json) throws Exception {
        return send("PUT", path, json, true);
    }

    /** Sends a request; {@code withCsrf} false leaves the CSRF header out. */
    Reply send(String method, String path, String json, boolean withCsrf) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(platform.url(path))).timeout(Duration.ofSeconds(120))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (withCsrf && csrf != null) {
            b.header("X-CSRF-Token", csrf);
        }
        return reply(http.send(b.build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** Uploads a zip as the raw body. */
    Reply upload(byte[] zip, String name) throws Exception {
        return upload(HttpRequest.BodyPublishers.ofByteArray(zip), name);
    }

    Reply upload(HttpRequest.BodyPublisher body, String name) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(platform.url("/api/plans"))).timeout(Duration.ofSeconds(180))
                .header("Content-Type", "application/zip").header("X-File-Name", name).header("X-CSRF-Token", csrf)
                .POST(body).build();
        return reply(http.send(req, HttpResponse.BodyHandlers.ofString()));
    }

    private static Reply reply(HttpResponse<String> r) {
        JsonNode json;
        try {
            json = r.body().isEmpty() ? MissingNode.getInstance() : JSON.readTree(r.body());
        } catch (IOException notJson) {
            json = MissingNode.getInstance();
        }
        return new Reply(r.statusCode(), json, r.body());
    }
}
