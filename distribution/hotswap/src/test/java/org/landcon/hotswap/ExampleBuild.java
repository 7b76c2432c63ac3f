package org.landcon.hotswap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Builds {@code examples/region-gansu} the way an integrator does, with Maven in a child process:
 * offline first (the reactor has installed the API), online when offline fails.
 */
final class ExampleBuild {
    static final Path POM = Landcon.root().resolve("examples/region-gansu/pom.xml");
    static final Path JAR = Landcon.root().resolve("examples/region-gansu/target/org.landcon.examples.region.gansu-1.0.0.jar");
    private final Process offline;
    private final Path log;

    private ExampleBuild(Process offline, Path log) {
        this.offline = offline;
        this.log = log;
    }

    /** Starts the offline build; {@link #jar()} waits for it. */
    static ExampleBuild start(Path tmp) throws IOException {
        Path log = tmp.resolve("mvn-example.log");
        return new ExampleBuild(maven(List.of("-o"), log), log);
    }

    /** The example's bundle, once built. */
    Path jar() throws IOException, InterruptedException {
        if (await(offline) != 0) {
            System.out.println("[example] offline build failed, trying online:\n" + Files.readString(log));
            if (await(maven(List.of(), log)) != 0) {
                throw new IllegalStateException("mvn package of " + POM + " failed:\n" + Files.readString(log));
            }
        }
        return JAR;
    }

    private static Process maven(List<String> extra, Path log) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(mvn(), "-B", "-q"));
        cmd.addAll(extra);
        cmd.addAll(List.of("package", "-f", POM.toString()));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static int await(Process p) throws InterruptedException {
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            return -1;
        }
        return p.exitValue();
    }

    /** {@code mvn} of this Maven installation when known, else from the PATH. */
    private static String mvn() {
        for (String home : new String[] { System.getProperty("maven.home"), System.getenv("MAVEN_HOME"), System.getenv("M2_HOME") }) {
            if (home != null && Files.isExecutable(Path.of(home, "bin", "mvn"))) {
                return Path.of(home, "bin", "mvn").toString();
            }
        }
        return "mvn";
    }
}
