package org.landcon.spatial.io.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.landcon.api.model.Problem;
import org.landcon.spatial.io.DbfField;
import org.landcon.spatial.io.LayerFormatException;

/**
 * Reads a dBASE III file as Shapefiles use it, decoding character fields with the given charset
 * (see {@link DbfCharsets}). Values: C → String (trailing blanks removed, blank → null), N/F →
 * Integer (no decimals, length ≤ 9), Long (no decimals) or Double, D → LocalDate, L → Boolean.
 */
public final class DbfReader {

    private DbfReader() {
    }

    public static DbfTable read(byte[] data, Charset charset, String file) throws LayerFormatException {
        if (data.length < 33) {
            throw broken(file, "DBF 文件头不完整", "the DBF header is incomplete");
        }
        ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        int count = b.getInt(4);
        int headerLength = Short.toUnsignedInt(b.getShort(8));
        int recordLength = Short.toUnsignedInt(b.getShort(10));
        List<DbfField> fields = fields(data, headerLength, charset, file);
        long complete = recordLength == 0 ? 0 : Math.max(0, (data.length - (long) headerLength) / recordLength);
        if (count < 0 || complete < count) {
            throw broken(file, "DBF 文件被截断：文件头声明 " + count + " 条记录，实际只有 " + complete + " 条完整记录",
                    "the DBF file is truncated: its header declares " + count + " records but only " + complete
                            + " are complete");
        }
        // records are independent: decoded in parallel, kept in order
        List<Map<String, Object>> rows = java.util.stream.IntStream.range(0, count).parallel()
                .mapToObj(i -> row(data, headerLength + i * recordLength, fields, charset)).toList();
        return new DbfTable(fields, rows);
    }

    private static List<DbfField> fields(byte[] data, int headerLength, Charset cs, String file)
            throws LayerFormatException {
        List<DbfField> fields = new ArrayList<>();
        for (int at = 32; at + 32 <= headerLength && at < data.length && data[at] != 0x0D; at += 32) {
            int nameEnd = at;
            while (nameEnd < at + 11 && data[nameEnd] != 0) {
                nameEnd++;
            }
            String name = new String(data, at, nameEnd - at, cs).strip();
            char type = (char) data[at + 11];
            int length = Byte.toUnsignedInt(data[at + 16]);
            try {
                fields.add(new DbfField(name, type, length, Byte.toUnsignedInt(data[at + 17])));
            } catch (IllegalArgumentException e) {
                throw broken(file, "DBF 字段 " + name + " 的长度 " + length + " 无效",
                        "DBF field " + name + " has an invalid length " + length);
            }
        }
        return fields;
    }

    private static Map<String, Object> row(byte[] data, int at, List<DbfField> fields, Charset cs) {
        if (data[at] == '*') {
            return null;
        }
        Map<String, Object> row = new LinkedHashMap<>(fields.size() * 4 / 3 + 1);
        int pos = at + 1;
        for (DbfField f : fields) {
            row.put(f.name(), DbfValues.parse(f, data, pos, cs));
            pos += f.length();
        }
        return row;
    }

    private static LayerFormatException broken(String file, String zh, String en) {
        return new LayerFormatException(Problem.error(file, null, null, zh, en));
    }
}
