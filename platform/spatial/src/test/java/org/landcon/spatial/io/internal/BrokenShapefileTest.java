package org.landcon.spatial.io.internal;

import static org.landcon.spatial.io.internal.FolderPackageReaderTest.assertProblems;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcon.api.model.Problem;

/** Damaged Shapefiles give one clear problem naming the file, never a stack trace. */
class BrokenShapefileTest {

    private static final String DLTB = "basemap/DLTB.shp";

    @TempDir
    Path dir;

    @Test
    void truncatedShp() throws Exception {
        new PackageFixture(dir).write();
        Path shp = dir.resolve(DLTB);
        byte[] b = Files.readAllBytes(shp);
        Files.write(shp, Arrays.copyOf(b, b.length - 40));
        assertProblems(dir, Problem.error(DLTB, null, null, "文件被截断：文件头声明 " + b.length + " 字节，实际只有 "
                + (b.length - 40) + " 字节", "the file is truncated: its header declares " + b.length
                        + " bytes but it has " + (b.length - 40)));
    }

    @Test
    void recordRunningPastTheEnd() throws Exception {
        new PackageFixture(dir).write();
        Path shp = dir.resolve(DLTB);
        byte[] b = Files.readAllBytes(shp);
        ByteBuffer.wrap(b).putInt(100 + 4, 100_000); // content length of record 1, in 16-bit words
        Files.write(shp, b);
        assertProblems(dir, Problem.error(DLTB, null, null, "文件被截断：第 1 条记录超出文件末尾",
                "the file is truncated: record 1 runs past the end of the file"));
    }

    @Test
    void missingShxAndDbf() throws Exception {
        new PackageFixture(dir).write();
        Files.delete(dir.resolve("basemap/DLTB.shx"));
        Files.delete(dir.resolve("basemap/DLTB.dbf"));
        assertProblems(dir,
                Problem.error(DLTB, null, null, "缺少 .shx 索引文件（DLTB.shx）", "the .shx index file is missing (DLTB.shx)"),
                Problem.error(DLTB, null, null, "缺少 .dbf 属性表文件（DLTB.dbf）",
                        "the .dbf attribute file is missing (DLTB.dbf)"));
    }

    @Test
    void recordCountsThatDiffer() throws Exception {
        PackageFixture f = new PackageFixture(dir);
        f.write();
        Path keep = Files.createTempDirectory("two");
        PackageFixture two = new PackageFixture(keep);
        two.dltb.remove(2);
        two.write();
        Files.copy(keep.resolve("basemap/DLTB.dbf"), dir.resolve("basemap/DLTB.dbf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertProblems(dir, Problem.error(DLTB, null, null, "记录数不一致：DLTB.shp 有 3 条，DLTB.shx 有 3 条，DLTB.dbf 有 2 条",
                "record counts differ: DLTB.shp has 3, DLTB.shx has 3, DLTB.dbf has 2"));
    }

    @Test
    void truncatedDbf() throws Exception {
        new PackageFixture(dir).write();
        Path dbf = dir.resolve("basemap/DLTB.dbf");
        byte[] b = Files.readAllBytes(dbf);
        Files.write(dbf, Arrays.copyOf(b, b.length - 30));
        assertProblems(dir, Problem.error("basemap/DLTB.dbf", null, null, "DBF 文件被截断：文件头声明 3 条记录，实际只有 2 条完整记录",
                "the DBF file is truncated: its header declares 3 records but only 2 are complete"));
    }

    @Test
    void notAShapefileAtAll() throws Exception {
        new PackageFixture(dir).write();
        Files.writeString(dir.resolve(DLTB), "this is not a shapefile, but it is long enough to have a header of "
                + "one hundred bytes, which we check first and foremost.");
        assertProblems(dir, Problem.error(DLTB, null, null, "不是 Shapefile 文件（文件标识 1952999795，应为 9994）",
                "not a shapefile (file code 1952999795, expected 9994)"));
    }
}
