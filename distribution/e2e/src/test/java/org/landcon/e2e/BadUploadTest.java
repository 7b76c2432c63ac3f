package org.landcon.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Broken, hostile and huge uploads get a clear 4xx and leave the plan list as it was. */
class BadUploadTest {
    static World world;
    static Client compiler;
    int plansBefore;

    @BeforeAll
    static void platform() throws Exception {
        world = World.get();
        compiler = world.login("compiler");
    }

    @BeforeEach
    void count() throws Exception {
        plansBefore = compiler.get("/api/plans").json().size();
    }

    @AfterEach
    void nothingStored() throws Exception {
        assertEquals(plansBefore, compiler.get("/api/plans").json().size(), "the plan list is unchanged");
        try (Stream<Path> uploads = Files.list(world.platform.workDir.resolve("data/web/uploads"))) {
            assertEquals(0, uploads.count(), "no upload is left behind");
        }
    }

    @Test
    void aTruncatedZipIsRefused() throws Exception {
        byte[] zip = Packages.zip(Packages.township(7));
        Client.Reply r = compiler.upload(Arrays.copyOf(zip, zip.length / 2), "half.zip");
        assertEquals(400, r.status(), r.text());
        assertEquals("规划数据包有 1 个问题，未保存 / the plan package has 1 problem(s); nothing was stored", r.error());
        assertEquals("half.zip", r.json().path("problems").get(0).path("file").asText());
        assertTrue(r.json().path("problems").get(0).path("zh").asText().startsWith("压缩包已损坏或不完整，无法读取"), r.text());
    }

    @Test
    void aZipClimbingOutOfThePackageIsRefused() throws Exception {
        byte[] zip = zipOf("unit.json", "{}".getBytes(), "../../evil.txt", "pwned".getBytes());
        Client.Reply r = compiler.upload(zip, "slip.zip");
        assertEquals(400, r.status(), r.text());
        assertEquals("压缩包中的条目“../../evil.txt”指向包外，已拒绝", r.json().path("problems").get(0).path("zh").asText());
        assertEquals("zip entry \"../../evil.txt\" points outside the package; rejected",
                r.json().path("problems").get(0).path("en").asText());
    }

    @Test
    void aZipBombIsRefusedWithoutUnpackingIt() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("basemap/DLTB.dbf"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(bytes.size() < 200_000, "64 MB of zeros pack into " + bytes.size() + " bytes");
        Client.Reply r = compiler.upload(bytes.toByteArray(), "bomb.zip");
        assertEquals(400, r.status(), r.text());
        assertEquals("压缩包条目“basemap/DLTB.dbf”压缩比超过 200:1（疑似压缩炸弹），已拒绝",
                r.json().path("problems").get(0).path("zh").asText());
    }

    @Test
    void aTwoGigabyteStreamIsCutOffWith413() throws Exception {
        long twoGb = 2L * 1024 * 1024 * 1024;
        long started = System.nanoTime();
        int status;
        try {
            // chunked, no Content-Length: the limit must hold while the bytes stream in
            status = compiler.upload(HttpRequest.BodyPublishers.ofInputStream(() -> new Zeros(twoGb)), "huge.zip").status();
        } catch (IOException closedWhileSending) {
            status = 413; // the server answered 413 and closed the connection while the client still sent
        }
        assertEquals(413, status);
        assertTrue(System.nanoTime() - started < 120_000_000_000L, "cut off without reading 2 GB");
    }

    @Test
    void aDeclaredTwoGigabyteBodyIsRefusedBeforeReading() throws Exception {
        long twoGb = 2L * 1024 * 1024 * 1024;
        Client.Reply r;
        try {
            r = compiler.upload(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> new Zeros(twoGb)),
                    twoGb), "huge.zip");
        } catch (IOException closedWhileSending) {
            return;
        }
        assertEquals(413, r.status(), r.text());
        assertEquals("数据包超过 200 MB 的上传限制，未保存 / the package exceeds the upload limit of 200 MB; nothing was stored", r.error());
    }

    @Test
    void aBrokenShapefileIsNamedWithItsFile() throws Exception {
        Path dir = Packages.township(7);
        Path shp = dir.resolve("basemap/DLTB.shp");
        byte[] full = Files.readAllBytes(shp);
        Files.write(shp, Arrays.copyOf(full, 150));
        Client.Reply r = compiler.upload(Packages.zip(dir), "broken.zip");
        assertEquals(400, r.status(), r.text());
        assertTrue(r.json().path("problems").size() > 0);
        assertTrue(r.text().contains("basemap/DLTB.shp"), r.text());
        assertTrue(!r.text().contains("Exception") && !r.text().contains("\tat "), "no stack trace: " + r.text());
    }

    @Test
    void somethingThatIsNotAZipIsRefusedByItsType() throws Exception {
        Client.Reply r = compiler.post("/api/plans", "{\"not\":\"a package\"}");
        assertEquals(415, r.status(), r.text());
        assertTrue(r.json().path("error").asText().startsWith("请以 application/zip 上传规划数据包"), r.text());
    }

    static byte[] zipOf(Object... nameAndBytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < nameAndBytes.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) nameAndBytes[i]));
                zip.write((byte[]) nameAndBytes[i + 1]);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** {@code size} zero bytes, made as they are read: nothing of it is ever on disk or in memory. */
    static final class Zeros extends InputStream {
        private long left;

        Zeros(long size) {
            this.left = size;
        }

        @Override
        public int read() {
            return left-- > 0 ? 0 : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            Arrays.fill(b, off, off + n, (byte) 0);
            left -= n;
            return n;
        }
    }
}
