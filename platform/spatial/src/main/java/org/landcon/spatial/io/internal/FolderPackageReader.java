package org.landcon.spatial.io.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.landcon.api.model.PlanPackage;
import org.landcon.api.model.Problem;
import org.landcon.api.service.InvalidPackageException;
import org.landcon.api.service.PlanPackageReader;
import org.landcon.spatial.io.LayerFormatException;
import org.osgi.service.component.annotations.Component;

/**
 * Reads a plan package from a folder or from a .zip of that folder (unpacked with
 * {@link SafeUnzip}: no entry outside the package, at most {@value #MAX_ENTRIES} entries and
 * {@value #MAX_BYTES} bytes by default). Every problem is collected and thrown together in an
 * {@link InvalidPackageException}; an I/O failure too becomes a problem naming the path.
 */
@Component(service = PlanPackageReader.class)
public class FolderPackageReader implements PlanPackageReader {

    /** Default limit of the unpacked size of a .zip package: 2 GiB. */
    public static final long MAX_BYTES = 2L * 1024 * 1024 * 1024;
    /** Default limit of the number of entries of a .zip package. */
    public static final int MAX_ENTRIES = 10_000;

    private final SafeUnzip unzip;

    public FolderPackageReader() {
        this(MAX_BYTES, MAX_ENTRIES);
    }

    /** A reader with its own .zip limits (tests, or a node with little disk). */
    public FolderPackageReader(long maxUnzippedBytes, int maxZipEntries) {
        this.unzip = new SafeUnzip(maxUnzippedBytes, maxZipEntries);
    }

    @Override
    public PlanPackage read(Path path) throws InvalidPackageException {
        String label = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        try {
            if (Files.isDirectory(path)) {
                // absolute, like the shapefile parts it is compared with (a relative path failed)
                return new PackageContents(path.toAbsolutePath()).read();
            }
            if (Files.isRegularFile(path) && label.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                return readZip(path, label);
            }
            throw invalid(label, "找不到规划数据包（应为文件夹或 .zip 压缩包）",
                    "no plan package here (expected a folder or a .zip)");
        } catch (LayerFormatException e) {
            throw new InvalidPackageException(e.problems());
        } catch (IOException | UncheckedIOException e) {
            throw invalid(label, "读取失败：" + e.getMessage(), "cannot be read: " + e.getMessage());
        }
    }

    private PlanPackage readZip(Path zip, String label) throws IOException, InvalidPackageException {
        Path dir = Files.createTempDirectory("landcon-package");
        try {
            unzip.unzip(zip, dir, label);
            return new PackageContents(PackageFiles.rootOf(dir)).read();
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static InvalidPackageException invalid(String label, String zh, String en) {
        return new InvalidPackageException(List.of(Problem.error(label, null, null, zh, en)));
    }
}
