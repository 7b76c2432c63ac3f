package org.landcon.spatial.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.landcon.api.model.Problem;
import org.landcon.spatial.io.LayerFormatException;

/**
 * Unpacks a .zip plan package into a folder, refusing what could harm the server:
 * <ul>
 * <li>an entry whose name is absolute or climbs out with {@code ..} (zip slip);</li>
 * <li>more than {@code maxEntries} entries, or more than {@code maxBytes} unpacked (zip bomb): the
 * bytes are counted as they are written, not taken from the entry headers;</li>
 * <li>entry names are read as UTF-8, and as GBK when they are not UTF-8 (Windows zip tools).</li>
 * </ul>
 */
public final class SafeUnzip {

    private final long maxBytes;
    private final int maxEntries;

    public SafeUnzip(long maxBytes, int maxEntries) {
        this.maxBytes = maxBytes;
        this.maxEntries = maxEntries;
    }

    /** Unpacks {@code zip} into {@code target}; problems name the zip as {@code label}. */
    public void unzip(Path zip, Path target, String label) throws IOException {
        try {
            unzip(zip, target, label, StandardCharsets.UTF_8);
        } catch (ZipException | IllegalArgumentException e) {
            try {
                unzip(zip, target, label, DbfCharsets.DEFAULT);
            } catch (ZipException | IllegalArgumentException again) {
                throw refused(label, "无法读取压缩包：" + again.getMessage(), "the zip cannot be read: "
                        + again.getMessage());
            }
        }
    }

    private void unzip(Path zip, Path target, String label, Charset names) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile(), names)) {
            if (file.size() > maxEntries) {
                throw tooMany(label);
            }
            long total = 0;
            int count = 0;
            for (Enumeration<? extends ZipEntry> en = file.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                if (++count > maxEntries) {
                    throw tooMany(label);
                }
                Path out = safePath(target, e.getName(), label);
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = file.getInputStream(e); OutputStream os = Files.newOutputStream(out)) {
                    total = copy(in, os, total, label);
                }
            }
        }
    }

    private long copy(InputStream in, OutputStream out, long total, String label) throws IOException {
        byte[] buf = new byte[65536];
        for (int n; (n = in.read(buf)) > 0; ) {
            total += n;
            if (total > maxBytes) {
                throw refused(label, "压缩包解压后超过 " + maxBytes + " 字节，已拒绝",
                        "the zip expands to more than " + maxBytes + " bytes; rejected");
            }
            out.write(buf, 0, n);
        }
        return total;
    }

    private static Path safePath(Path target, String name, String label) throws LayerFormatException {
        String n = name.replace('\\', '/');
        boolean climbs = ("/" + n + "/").contains("/../");
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*") || climbs) {
            throw refused(label, "压缩包中的条目“" + name + "”指向包外，已拒绝",
                    "zip entry \"" + name + "\" points outside the package; rejected");
        }
        Path out = target.resolve(n).normalize();
        if (!out.startsWith(target)) {
            throw refused(label, "压缩包中的条目“" + name + "”指向包外，已拒绝",
                    "zip entry \"" + name + "\" points outside the package; rejected");
        }
        return out;
    }

    private LayerFormatException tooMany(String label) {
        return refused(label, "压缩包条目超过 " + maxEntries + " 个，已拒绝",
                "the zip has more than " + maxEntries + " entries; rejected");
    }

    private static LayerFormatException refused(String label, String zh, String en) {
        return new LayerFormatException(Problem.error(label, null, null, zh, en));
    }
}
