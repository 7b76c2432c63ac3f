package org.landcon.hotswap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** {@code java -jar <jar> assemble <package> --out <dir>} in its own working directory: exit status and output. */
record Headless(int exit, String stdout, String stderr, Path out) implements AutoCloseable {

    /** Removes the run's working directory and its outputs. */
    @Override
    public void close() {
        Folders.delete(out.getParent());
    }

    static Headless assemble(Path jar, Path pkg) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("landcon-cli-");
        Path out = dir.resolve("out");
        Process p = new ProcessBuilder(Landcon.java(), "-Xmx768m", "-jar", jar.toString(), "assemble", pkg.toString(),
                "--out", out.toString()).directory(dir.toFile()).redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new IllegalStateException("assemble did not finish within 180 s");
        }
        return new Headless(p.exitValue(), Files.readString(dir.resolve("stdout.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8), out);
    }
}
