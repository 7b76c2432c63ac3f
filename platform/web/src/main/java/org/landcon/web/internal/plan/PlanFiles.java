package org.landcon.web.internal.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The files kept beside the store, under the data folder: each plan's package zip (for re-checks)
 * and, per version, what was rendered when it was made (tables.json, tables.xlsx, map.png). A
 * version never changes, so neither do its files.
 * <pre>
 * plans/&lt;id&gt;/package.zip
 * plans/&lt;id&gt;/v&lt;n&gt;/tables.json | tables.xlsx | map.png
 * uploads/   (uploads in progress)
 * </pre>
 */
public final class PlanFiles {
    private final Path root;
    private final java.util.Map<String, java.util.concurrent.Future<?>> rendering = new java.util.concurrent.ConcurrentHashMap<>();

    public PlanFiles(Path root) {
        this.root = root.toAbsolutePath();
    }

    public Path packageZip(long planId) {
        return root.resolve("plans").resolve(Long.toString(planId)).resolve("package.zip");
    }

    public Path versionFile(long planId, int number, String name) {
        return root.resolve("plans").resolve(Long.toString(planId)).resolve("v" + number).resolve(name);
    }

    /** A new empty file for an upload in progress. */
    public Path newUpload() throws IOException {
        Path dir = Files.createDirectories(root.resolve("uploads"));
        return Files.createTempFile(dir, "upload-", ".zip");
    }

    /** Keeps the package of a new plan. */
    public void keepPackage(long planId, Path zip) throws IOException {
        Path target = packageZip(planId);
        Files.createDirectories(target.getParent());
        Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Writes a version's file through a temporary file, so a reader never sees half of it. */
    public void writeVersionFile(long planId, int number, String name, byte[] content) {
        try {
            Path target = versionFile(planId, number, name);
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), name, ".tmp");
            Files.write(tmp, content);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Notes that a version's derived files (map, spreadsheet) are being rendered by {@code job}. */
    public void rendering(long planId, int number, java.util.concurrent.Future<?> job) {
        rendering.put(planId + "/" + number, job);
    }

    /** Waits, at most 30 s, until a version's derived files are written. */
    public void awaitRendered(long planId, int number) {
        java.util.concurrent.Future<?> job = rendering.get(planId + "/" + number);
        if (job == null) {
            return;
        }
        try {
            job.get(30, java.util.concurrent.TimeUnit.SECONDS);
            rendering.remove(planId + "/" + number, job);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("rendering v" + number + " of plan " + planId + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
