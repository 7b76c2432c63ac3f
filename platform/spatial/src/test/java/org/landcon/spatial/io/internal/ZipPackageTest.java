package org.landcon.spatial.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcon.api.model.PlanPackage;
import org.landcon.api.model.Problem;
import org.landcon.api.service.InvalidPackageException;

class ZipPackageTest {

    @TempDir
    Path dir;

    @Test
    void readsAZipOfThePackageFolderLikeTheFolder() throws Exception {
        Path folder = new PackageFixture(dir.resolve("望远镇")).write();
        Path zip = dir.resolve("pkg.zip");
        zip(folder, zip, "望远镇/");

        PlanPackage fromZip = new FolderPackageReader().read(zip);
        PlanPackage fromFolder = new FolderPackageReader().read(folder);

        assertEquals(fromFolder.sources(), fromZip.sources());
        assertEquals(fromFolder.landParcels().size(), fromZip.landParcels().size());
        assertEquals(fromFolder.unit().boundary().getArea(), fromZip.unit().boundary().getArea(), 0.01);
    }

    @Test
    void rejectsEntriesThatClimbOutOfThePackage() throws Exception {
        Path zip = dir.resolve("evil.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("../../etc/cron.d/x"));
            z.write("boom".getBytes());
        }
        assertRejected(new FolderPackageReader(), zip, "压缩包中的条目“../../etc/cron.d/x”指向包外，已拒绝",
                "zip entry \"../../etc/cron.d/x\" points outside the package; rejected");
        assertFalse(Files.exists(dir.resolve("../etc/cron.d/x").normalize()));
    }

    @Test
    void limitsUnpackedSizeAndEntryCount() throws Exception {
        Path folder = new PackageFixture(dir.resolve("p")).write();
        Path zip = dir.resolve("p.zip");
        zip(folder, zip, "");
        assertRejected(new FolderPackageReader(1000, 100), zip, "压缩包解压后超过 1000 字节，已拒绝",
                "the zip expands to more than 1000 bytes; rejected");
        assertRejected(new FolderPackageReader(1 << 20, 5), zip, "压缩包条目超过 5 个，已拒绝",
                "the zip has more than 5 entries; rejected");
    }

    private static void assertRejected(FolderPackageReader reader, Path zip, String zh, String en) {
        InvalidPackageException e = assertThrows(InvalidPackageException.class, () -> reader.read(zip));
        assertEquals(List.of(Problem.error(zip.getFileName().toString(), null, null, zh, en)), e.problems());
    }

    static void zip(Path folder, Path zip, String prefix) throws IOException {
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip)); Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                z.putNextEntry(new ZipEntry(prefix + folder.relativize(p).toString().replace('\\', '/')));
                Files.copy(p, z);
            }
        }
    }
}
