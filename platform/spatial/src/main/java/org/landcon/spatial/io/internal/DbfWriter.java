package org.landcon.spatial.io.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.landcon.spatial.io.DbfField;

/** Writes a dBASE III file (version 0x03) with the given fields, values encoded in {@code cs}. */
public final class DbfWriter {

    private DbfWriter() {
    }

    /**
     * @param fields map key → field; each row's value for that key goes into that field
     * @param rows   one map per record
     */
    public static byte[] write(Map<String, DbfField> fields, List<Map<String, Object>> rows, Charset cs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header(fields.values().stream().toList(), rows.size(), cs));
        for (Map<String, Object> row : rows) {
            out.write(' ');
            fields.forEach((key, f) -> out.writeBytes(DbfValues.format(f, row.get(key), cs)));
        }
        out.write(0x1A);
        return out.toByteArray();
    }

    private static byte[] header(List<DbfField> fields, int count, Charset cs) {
        int headerLength = 32 + 32 * fields.size() + 1;
        int recordLength = 1 + fields.stream().mapToInt(DbfField::length).sum();
        ByteBuffer b = ByteBuffer.allocate(headerLength).order(ByteOrder.LITTLE_ENDIAN);
        LocalDate today = LocalDate.now();
        b.put((byte) 0x03).put((byte) (today.getYear() - 1900)).put((byte) today.getMonthValue())
                .put((byte) today.getDayOfMonth());
        b.putInt(count).putShort((short) headerLength).putShort((short) recordLength);
        b.put(29, DbfCharsets.languageDriver(cs));
        for (int i = 0; i < fields.size(); i++) {
            DbfField f = fields.get(i);
            int at = 32 + 32 * i;
            byte[] name = f.name().getBytes(cs);
            b.put(at, name, 0, Math.min(10, name.length));
            b.put(at + 11, (byte) f.type());
            b.put(at + 16, (byte) f.length());
            b.put(at + 17, (byte) f.decimals());
        }
        b.put(headerLength - 1, (byte) 0x0D);
        return b.array();
    }
}
