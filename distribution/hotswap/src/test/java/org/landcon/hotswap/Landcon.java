package org.landcon.hotswap;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tree and its exported platform jars are, and the java command that runs them. */
final class Landcon {

    private Landcon() {
    }

    /** The repository root (set by Surefire; else two levels above the working directory). */
    static Path root() {
        String root = System.getProperty("landcon.root");
        return (root != null ? Path.of(root) : Path.of("").toAbsolutePath().resolve("../..")).normalize();
    }

    /** The full platform, {@code distribution/target/landcon.jar}. */
    static Path fullJar() {
        return jar("landcon.jar");
    }

    /** The farmland department node, {@code distribution/target/landcon-farmland.jar}. */
    static Path farmlandJar() {
        return jar("landcon-farmland.jar");
    }

    /** The java launcher of the running JVM. */
    static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static Path jar(String name) {
        Path p = root().resolve("distribution/target").resolve(name);
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException(p + " is missing: build distribution first (mvn -B install in distribution)");
        }
        return p;
    }
}
