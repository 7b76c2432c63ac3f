package org.landcon.web.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcon.api.model.Problem;
import org.landcon.api.service.InvalidPackageException;
import org.landcon.web.internal.FakeRequest;
import org.landcon.web.internal.http.ApiException;

/** What an upload goes through before the package reader sees it: the size limit and the zip screen. */
class UploadScreeningTest {
    @TempDir
    Path dir;

    @Test
    void aStreamPastTheLimitIsCutOffWith413AndLeavesNoFile() throws Exception {
        PlanFiles files = new PlanFiles(dir);
        UploadReceiver receiver = new UploadReceiver(files, 1024 * 1024);
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 0;
            }
        };
        ApiException e = assertThrows(ApiException.class, () -> receiver.receive(FakeRequest.of("POST",
                Map.of("Content-Type", "application/zip"), null, endless)));
        assertEquals(413, e.status());
        assertEquals("数据包超过 1 MB 的上传限制，未保存", e.zh());
        try (var left = Files.list(dir.resolve("uploads"))) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void aDeclaredLengthPastTheLimitIsRefusedBeforeReading() {
        UploadReceiver receiver = new UploadReceiver(new PlanFiles(dir), 1024);
        ApiException e = assertThrows(ApiException.class, () -> receiver.receive(FakeRequest.of("POST",
                Map.of("Content-Type", "application/zip", "Content-Length", "2147483648"), new byte[0])));
        assertEquals(413, e.status());
    }

    @Test
    void aBodyThatIsNotAZipIsRefusedWith415() {
        UploadReceiver receiver = new UploadReceiver(new PlanFiles(dir), 1024);
        assertEquals(415, assertThrows(ApiException.class, () -> receiver.receive(FakeRequest.of("POST",
                Map.of("Content-Type", "text/plain"), new byte[] { 1 }))).status());
    }

    @Test
    void aTruncatedZipIsRefusedNamingTheFile() throws Exception {
        byte[] zip = zip("unit.json", new byte[5000]);
        Path half = Files.write(dir.resolve("half.zip"), Arrays.copyOf(zip, zip.length / 2));
        List<Problem> p = assertThrows(InvalidPackageException.class, () -> new ZipScreen(1L << 30).check(half, "half.zip")).problems();
        assertEquals("half.zip", p.get(0).file());
        assertEquals(true, p.get(0).message().startsWith("压缩包已损坏或不完整，无法读取"));
    }

    @Test
    void aZipBombIsRefusedByItsRatioAndAHugeOneByItsSize() throws Exception {
        Path bomb = Files.write(dir.resolve("bomb.zip"), zip("a.bin", new byte[32 << 20]));
        List<Problem> p = assertThrows(InvalidPackageException.class, () -> new ZipScreen(1L << 30).check(bomb, "bomb.zip")).problems();
        assertEquals("压缩包条目“a.bin”压缩比超过 200:1（疑似压缩炸弹），已拒绝", p.get(0).message());
        List<Problem> q = assertThrows(InvalidPackageException.class, () -> new ZipScreen(8 << 20).check(bomb, "bomb.zip")).problems();
        assertEquals("压缩包解压后超过 8 MB（疑似压缩炸弹），已拒绝", q.get(0).message());
    }

    @Test
    void anOrdinaryZipPasses() throws Exception {
        Path ok = Files.write(dir.resolve("ok.zip"), zip("unit.json", "{\"code\":\"640122102\"}".getBytes()));
        new ZipScreen(1L << 20).check(ok, "ok.zip");
    }

    static byte[] zip(String name, byte[] content) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(content);
            z.closeEntry();
        }
        return bytes.toByteArray();
    }
}
