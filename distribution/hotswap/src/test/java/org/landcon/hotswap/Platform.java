package org.landcon.hotswap;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One Landcon platform serving HTTP as a child process: {@code java -jar <jar>} in its own temporary
 * working directory (so {@code data/} and {@code deploy/} are its own) on a free loopback port.
 * Closing it, or the test JVM ending, kills it.
 */
final class Platform implements AutoCloseable {
    private static final Duration START_LIMIT = Duration.ofSeconds(120);
    final Path dir;
    final int port;
    final URI base;
    private final Process process;
    private final Thread killer;

    private Platform(Path dir, int port, Process process) {
        this.dir = dir;
        this.port = port;
        this.base = URI.create("http://127.0.0.1:" + port);
        this.process = process;
        this.killer = new Thread(this::kill, "kill landcon " + port);
        Runtime.getRuntime().addShutdownHook(killer);
    }

    /** Starts {@code jar} and waits until {@code /api/health} answers 200. */
    static Platform start(Path jar, String name) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("landcon-" + name + "-");
        int port = freePort();
        ProcessBuilder pb = new ProcessBuilder(Landcon.java(), "-Xmx768m", "-Dorg.osgi.service.http.port=" + port,
                "-jar", jar.toString()).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("platform.log").toFile());
        Platform p = new Platform(dir, port, pb.start());
        try {
            p.awaitHealth();
        } catch (IOException | RuntimeException | InterruptedException e) {
            p.close();
            throw e;
        }
        return p;
    }

    Path deployDir() {
        return dir.resolve("deploy");
    }

    /**
     * Puts {@code jar} into {@code deploy/} as {@code name}: written next to it first, then moved in
     * atomically, so FileInstall never sees a half-written jar.
     */
    void deploy(Path jar, String name) throws IOException {
        Files.createDirectories(deployDir());
        Path staging = dir.resolve("staging-" + name);
        Files.copy(jar, staging, StandardCopyOption.REPLACE_EXISTING);
        Files.move(staging, deployDir().resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The last lines of the platform's log, for failure messages. */
    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(dir.resolve("platform.log"), StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** The log lines matching the regular expression {@code pattern}. */
    List<String> logLines(String pattern) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(pattern);
        try {
            return Files.readAllLines(dir.resolve("platform.log"), StandardCharsets.UTF_8).stream()
                    .filter(l -> p.matcher(l).find()).toList();
        } catch (IOException e) {
            return List.of("(no log: " + e + ")");
        }
    }

    @Override
    public void close() {
        kill();
        Folders.delete(dir);
        try {
            Runtime.getRuntime().removeShutdownHook(killer);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }

    private void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitHealth() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(base.resolve("/api/health")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the platform exited with " + process.exitValue() + ":\n" + logTail(40));
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("no /api/health within " + START_LIMIT + ":\n" + logTail(40));
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }
}
