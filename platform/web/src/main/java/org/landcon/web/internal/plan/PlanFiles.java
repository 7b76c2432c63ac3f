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
}
