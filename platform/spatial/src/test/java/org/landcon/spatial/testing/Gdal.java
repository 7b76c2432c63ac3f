package org.landcon.spatial.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs GDAL's command-line tools in tests, as an independent implementation to check against. */
public final class Gdal {

    private Gdal() {
    }

    /** Whether {@code tool} (e.g. {@code ogrinfo}) is on the PATH. */
    public static boolean has(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Runs a command with {@code stdin} and returns its standard output; fails on a non-zero exit or an ERROR line. */
    public static String run(String stdin, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        if (stdin != null) {
            p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0 || err.contains("ERROR")) {
            throw new IOException(String.join(" ", command) + " failed: " + err);
        }
        return out;
    }

    /**
     * Runs {@code sql} in the SQLite/SpatiaLite dialect of ogrinfo on {@code file} and returns the
     * rows, each as the values of its fields in order ({@code name (Type) = value} lines).
     */
    public static List<List<String>> sql(Path file, String sql) throws IOException, InterruptedException {
        String out = run(null, "ogrinfo", "-q", "-ro", "-dialect", "sqlite", "-sql", sql, file.toString());
        List<List<String>> rows = new ArrayList<>();
        List<String> row = null;
        for (String line : out.split("\n")) {
            if (line.startsWith("OGRFeature(")) {
                row = new ArrayList<>();
                rows.add(row);
            } else if (row != null && line.contains(") = ")) {
                row.add(line.substring(line.indexOf(") = ") + 4).trim());
            }
        }
        return rows;
    }
}
