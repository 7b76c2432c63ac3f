package org.landcon.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The exported platform ({@code distribution/target/landcon.jar}) running as a child process in a
 * temporary working directory on a free port; started once for all tests, stopped when the test
 * JVM ends. Its output goes to {@code target/platform.log}.
 */
final class Platform {
    private static Platform instance;
    final int port;
    final Path workDir;
    private final Process process;

    private Platform(int port, Path workDir, Process process) {
        this.port = port;
        this.workDir = workDir;
        this.process = process;
    }

    static synchronized Platform get() throws Exception {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static Platform start() throws Exception {
        return startIn(Files.createTempDirectory("landcon-e2e"), "platform.log");
    }

    /** A platform of its own in {@code dir} (kept between starts), logging to target/{@code logName}. */
    static Platform startIn(Path dir, String logName) throws Exception {
        Path jar = Path.of(System.getProperty("landcon.jar", "../target/landcon.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("build the distribution first: " + jar + " is missing");
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = out().resolve(logName);
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Dorg.osgi.service.http.port=" + port, "-jar", jar.toString()))
                .directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        Platform platform = new Platform(port, dir, p);
        Runtime.getRuntime().addShutdownHook(new Thread(platform::stop));
        platform.awaitHealth(Duration.ofSeconds(90));
        return platform;
    }

    private void awaitHealth(Duration limit) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the platform exited with " + process.exitValue() + "; see target/platform.log");
            }
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url("/api/health"))).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && sessionAnswers(client)) {
                    return;
                }
            } catch (IOException notYet) {
                // Jetty not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the platform did not answer /api/health within " + limit);
    }

    /** The store and the session servlet are up once the login answers 401 (not 404) to a wrong password. */
    private boolean sessionAnswers(HttpClient client) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url("/api/session")))
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"nobody\",\"password\":\"x\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        return r.statusCode() == 401;
    }

    /** kill -9: the process gets no chance to flush or close anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
    }

    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            try (Stream<Path> all = Files.walk(workDir)) {
                all.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        } catch (Exception e) {
            // the JVM is ending
        }
    }

    static Path out() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("landcon.e2e.out", "target")));
    }
}
