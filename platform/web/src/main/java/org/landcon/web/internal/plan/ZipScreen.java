package org.landcon.web.internal.plan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.landcon.api.model.Problem;
import org.landcon.api.service.InvalidPackageException;

/**
 * Looks into an uploaded zip before anything is unpacked to disk: it must open (a truncated or
 * corrupt file is refused), and inflating it in memory must stay under the unpacked-size limit and
 * a sane compression ratio (a zip bomb is refused after reading at most {@code ratio × compressed}
 * bytes, without writing any). Entry names and counts are the package reader's to check.
 */
public final class ZipScreen {
    /** Ratio above which an entry larger than {@link #RATIO_FLOOR} is taken for a bomb (real data: 3–20). */
    static final int MAX_RATIO = 200;
    static final long RATIO_FLOOR = 16L * 1024 * 1024;
    private final long maxUnpacked;

    public ZipScreen(long maxUnpackedBytes) {
        this.maxUnpacked = maxUnpackedBytes;
    }

    public void check(Path zip, String label) throws InvalidPackageException {
        try {
            check(zip, label, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notUtf8) {
            // entry names written by Windows zip tools are GBK
            check(zip, label, java.nio.charset.Charset.forName("GBK"));
        }
    }

    private void check(Path zip, String label, java.nio.charset.Charset names) throws InvalidPackageException {
        long total = 0;
        try (ZipFile file = new ZipFile(zip.toFile(), names)) {
            for (Enumeration<? extends ZipEntry> en = file.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                if (!e.isDirectory()) {
                    total = inflate(file, e, total, label);
                }
            }
        } catch (ZipException e) {
            throw refused(label, "压缩包已损坏或不完整，无法读取（" + e.getMessage() + "）",
                    "the zip is corrupt or truncated and cannot be read (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw refused(label, "压缩包读取失败：" + e.getMessage(), "the zip cannot be read: " + e.getMessage());
        }
    }

    private long inflate(ZipFile file, ZipEntry e, long total, String label) throws IOException, InvalidPackageException {
        long compressed = Math.max(1, e.getCompressedSize());
        long entryBytes = 0;
        byte[] buf = new byte[65536];
        try (InputStream in = file.getInputStream(e)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                entryBytes += n;
                total += n;
                if (total > maxUnpacked) {
                    throw refused(label, "压缩包解压后超过 " + maxUnpacked / (1024 * 1024) + " MB（疑似压缩炸弹），已拒绝",
                            "the zip expands to more than " + maxUnpacked / (1024 * 1024) + " MB (a zip bomb?); rejected");
                }
                if (entryBytes > RATIO_FLOOR && entryBytes / compressed > MAX_RATIO) {
                    throw refused(label, "压缩包条目“" + e.getName() + "”压缩比超过 " + MAX_RATIO + ":1（疑似压缩炸弹），已拒绝",
                            "zip entry \"" + e.getName() + "\" expands more than " + MAX_RATIO + ":1 (a zip bomb?); rejected");
                }
            }
        }
        return total;
    }

    private static InvalidPackageException refused(String label, String zh, String en) {
        return new InvalidPackageException(List.of(Problem.error(label, null, null, zh, en)));
    }
}
