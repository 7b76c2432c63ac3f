package org.landcon.e2e;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Headless Chromium driven through chromedriver with the W3C WebDriver protocol (JSON over HTTP,
 * no Selenium): a fresh profile in a temporary folder, no network beyond the platform.
 */
final class WebDriver implements AutoCloseable {
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
    private final HttpClient http = HttpClient.newHttpClient();
    private final Process driver;
    private final String base;
    private final String session;

    WebDriver() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        driver = new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port).redirectErrorStream(true)
                .redirectOutput(Platform.out().resolve("chromedriver.log").toFile()).start();
        base = "http://127.0.0.1:" + port;
        waitFor(() -> {
            try {
                return call("GET", "/status", null).path("value").path("ready").asBoolean();
            } catch (Exception notYet) {
                return false;
            }
        }, 20_000, "chromedriver did not start");
        Path profile = Files.createTempDirectory("landcon-chromium");
        ObjectNode caps = Client.JSON.createObjectNode();
        ObjectNode options = caps.putObject("capabilities").putObject("alwaysMatch").put("browserName", "chrome")
                .putObject("goog:chromeOptions").put("binary", CHROMIUM.toString());
        for (String arg : List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1600,1000", "--lang=zh-CN", "--user-data-dir=" + profile)) {
            options.withArray("args").add(arg);
        }
        session = call("POST", "/session", caps).path("value").path("sessionId").asText();
    }

    static boolean available() {
        return Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
    }

    void open(String url) throws Exception {
        cmd("POST", "/url", Client.JSON.createObjectNode().put("url", url));
    }

    /** The first element matching the CSS selector, waiting up to 20 s for it. */
    String find(String css) throws Exception {
        String[] found = new String[1];
        waitFor(() -> {
            try {
                JsonNode r = call("POST", "/session/" + session + "/element",
                        Client.JSON.createObjectNode().put("using", "css selector").put("value", css));
                found[0] = r.path("value").path(ELEMENT).asText(null);
                return found[0] != null;
            } catch (Exception notYet) {
                return false;
            }
        }, 20_000, "no element " + css);
        return found[0];
    }

    void click(String css) throws Exception {
        cmd("POST", "/element/" + find(css) + "/click", Client.JSON.createObjectNode());
    }

    void type(String css, String text) throws Exception {
        String e = find(css);
        cmd("POST", "/element/" + e + "/clear", Client.JSON.createObjectNode());
        cmd("POST", "/element/" + e + "/value", Client.JSON.createObjectNode().put("text", text));
    }

    String text(String css) throws Exception {
        return cmd("GET", "/element/" + find(css) + "/text", null).path("value").asText();
    }

    /** Logs into the UI of {@code platform} as {@code user}, logging out whoever was logged in. */
    void login(Platform platform, String user, String password) throws Exception {
        open(platform.url("/ui/#/login"));
        script("document.cookie = ''; return 1;");
        if (script("return document.querySelector('#logout') !== null;").asBoolean()) {
            click("#logout");
        }
        type("#login-user", user);
        type("#login-password", password);
        click("#login-submit");
        until("document.querySelector('#username') !== null", 10_000, user + " logged in");
    }

    /** Clicks at (x, y) pixels from the top-left corner of the element (a map canvas). */
    void clickAt(String css, double x, double y) throws Exception {
        pointer(css, x, y, List.of(down(), up()));
    }

    /** Presses at (x, y) from the element's top-left corner, moves by (dx, dy) over 300 ms, releases. */
    void drag(String css, double x, double y, double dx, double dy) throws Exception {
        ObjectNode move = Client.JSON.createObjectNode().put("type", "pointerMove").put("duration", 300)
                .put("origin", "pointer").put("x", (int) Math.round(dx)).put("y", (int) Math.round(dy));
        pointer(css, x, y, List.of(down(), pause(), move, pause(), up()));
    }

    private void pointer(String css, double x, double y, List<ObjectNode> then) throws Exception {
        String e = find(css);
        JsonNode rect = cmd("GET", "/element/" + e + "/rect", null).path("value");
        ObjectNode origin = Client.JSON.createObjectNode().put(ELEMENT, e);
        ObjectNode to = Client.JSON.createObjectNode().put("type", "pointerMove").put("duration", 0)
                .put("x", (int) Math.round(x - rect.path("width").asDouble() / 2))
                .put("y", (int) Math.round(y - rect.path("height").asDouble() / 2));
        to.set("origin", origin);
        ObjectNode source = Client.JSON.createObjectNode().put("type", "pointer").put("id", "mouse");
        source.putObject("parameters").put("pointerType", "mouse");
        var actions = source.putArray("actions");
        actions.add(to);
        then.forEach(actions::add);
        ObjectNode body = Client.JSON.createObjectNode();
        body.putArray("actions").add(source);
        cmd("POST", "/actions", body);
        cmd("DELETE", "/actions", null);
    }

    private static ObjectNode down() {
        return Client.JSON.createObjectNode().put("type", "pointerDown").put("button", 0);
    }

    private static ObjectNode up() {
        return Client.JSON.createObjectNode().put("type", "pointerUp").put("button", 0);
    }

    private static ObjectNode pause() {
        return Client.JSON.createObjectNode().put("type", "pause").put("duration", 100);
    }

    /** Runs a script in the page; its return value as JSON. */
    JsonNode script(String js, Object... args) throws Exception {
        ObjectNode body = Client.JSON.createObjectNode().put("script", js);
        body.set("args", Client.JSON.valueToTree(args));
        return cmd("POST", "/execute/sync", body).path("value");
    }

    /** Saves a screenshot of the window as PNG. */
    Path screenshot(String name) throws Exception {
        byte[] png = Base64.getDecoder().decode(cmd("GET", "/screenshot", null).path("value").asText());
        Path file = Platform.out().resolve(name);
        Files.write(file, png);
        return file;
    }

    /** Waits until the page's condition (a JS expression) is true. */
    void until(String jsCondition, long millis, String what) throws Exception {
        waitFor(() -> {
            try {
                return script("return !!(" + jsCondition + ");").asBoolean();
            } catch (Exception notYet) {
                return false;
            }
        }, millis, what);
    }

    static void waitFor(BooleanSupplier condition, long millis, String what) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out: " + what);
    }

    private JsonNode cmd(String method, String path, JsonNode body) throws Exception {
        JsonNode r = call(method, "/session/" + session + path, body);
        if (r.path("value").has("error")) {
            throw new IllegalStateException(path + ": " + r.path("value").path("message").asText());
        }
        return r;
    }

    private JsonNode call(String method, String path, JsonNode body) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        return Client.JSON.readTree(http.send(req, HttpResponse.BodyHandlers.ofString()).body());
    }

    @Override
    public void close() {
        try {
            call("DELETE", "/session/" + session, null);
        } catch (Exception e) {
            // the driver goes anyway
        }
        driver.destroy();
    }
}
