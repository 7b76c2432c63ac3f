package org.landcon.spatial.io.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

import org.landcon.api.model.Problem;
import org.landcon.spatial.io.LayerFormatException;

/**
 * Splits a .shp into its records and checks the file is whole: the 100-byte header, the file code
 * 9994, the declared length against the real one, and every record inside the file.
 */
public final class ShpRecords {

    /** One record: its content starts at {@code offset} and is {@code length} bytes long. */
    public record Entry(int number, int offset, int length) {
    }

    private ShpRecords() {
    }

    public static List<Entry> read(byte[] shp, String file) throws LayerFormatException {
        if (shp.length < 100) {
            throw broken(file, "文件头不完整（不足 100 字节），文件可能已损坏",
                    "the header is incomplete (under 100 bytes); the file may be damaged");
        }
        ByteBuffer be = ByteBuffer.wrap(shp).order(ByteOrder.BIG_ENDIAN);
        int code = be.getInt(0);
        if (code != 9994) {
            throw broken(file, "不是 Shapefile 文件（文件标识 " + code + "，应为 9994）",
                    "not a shapefile (file code " + code + ", expected 9994)");
        }
        long declared = 2L * be.getInt(24);
        if (declared > shp.length) {
            throw broken(file, "文件被截断：文件头声明 " + declared + " 字节，实际只有 " + shp.length + " 字节",
                    "the file is truncated: its header declares " + declared + " bytes but it has " + shp.length);
        }
        List<Entry> entries = new ArrayList<>();
        for (int at = 100; at < declared; ) {
            int n = entries.size() + 1;
            long end = at + 8L + (at + 8 <= shp.length ? 2L * be.getInt(at + 4) : 0);
            if (at + 8 > declared || end > declared) {
                throw broken(file, "文件被截断：第 " + n + " 条记录超出文件末尾",
                        "the file is truncated: record " + n + " runs past the end of the file");
            }
            entries.add(new Entry(n, at + 8, (int) (end - at - 8)));
            at = (int) end;
        }
        return entries;
    }

    /** The number of records a .shx indexes; throws when it is not whole. */
    public static int indexCount(byte[] shx, String file) throws LayerFormatException {
        long declared = shx.length < 100 ? -1 : 2L * ByteBuffer.wrap(shx).order(ByteOrder.BIG_ENDIAN).getInt(24);
        if (declared < 100 || declared > shx.length || (declared - 100) % 8 != 0) {
            throw broken(file, "索引文件不完整或已损坏", "the index file is incomplete or damaged");
        }
        return (int) ((declared - 100) / 8);
    }

    private static LayerFormatException broken(String file, String zh, String en) {
        return new LayerFormatException(Problem.error(file, null, null, zh, en));
    }
}
