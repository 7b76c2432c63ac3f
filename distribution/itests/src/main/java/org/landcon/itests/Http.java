package org.landcon.itests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Calls the platform's HTTP API on the test port, retrying while Jetty is still starting. */
final class Http {
    static final int PORT = Integer.getInteger("org.osgi.service.http.port", 18080);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Http() {
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + path)).timeout(Duration.ofSeconds(20)).GET().build();
        IOException last = null;
        for (int i = 0; i < 50; i++) {
            try {
                HttpResponse<String> r = CLIENT.send(req, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 404 || i > 20) {
                    return r;
                }
            } catch (IOException e) {
                last = e;
            }
            Thread.sleep(200);
        }
        throw last != null ? last : new IOException("no answer from " + path);
    }
}
