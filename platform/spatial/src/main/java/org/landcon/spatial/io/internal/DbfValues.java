package org.landcon.spatial.io.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import org.landcon.spatial.io.DbfField;

/** Converts DBF field bytes to Java values and back. */
final class DbfValues {

    private DbfValues() {
    }

    static Object parse(DbfField f, byte[] data, int pos, Charset cs) {
        int end = pos + f.length();
        while (end > pos && (data[end - 1] == ' ' || data[end - 1] == 0)) {
            end--;
        }
        if (f.type() == 'C') {
            return end == pos ? null : new String(data, pos, end - pos, cs);
        }
        String s = new String(data, pos, end - pos, StandardCharsets.ISO_8859_1).strip();
        return switch (f.type()) {
            case 'N', 'F' -> number(s, f);
            case 'D' -> date(s);
            case 'L' -> logical(s);
            default -> s.isEmpty() ? null : new String(data, pos, end - pos, cs);
        };
    }

    private static Object number(String s, DbfField f) {
        if (s.isEmpty() || s.startsWith("*")) {
            return null;
        }
        try {
            if (f.decimals() == 0 && !s.contains(".") && !s.contains("e") && !s.contains("E")) {
                long v = Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
                if (f.length() <= 9) {
                    return Integer.valueOf((int) v); // not a ?: with Long: that would box every value as Long
                }
                return Long.valueOf(v);
            }
            return Double.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String s) {
        if (s.length() != 8 || s.equals("00000000")) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
                    Integer.parseInt(s.substring(6, 8)));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return null;
        }
    }

    private static Boolean logical(String s) {
        if (s.isEmpty()) {
            return null;
        }
        char c = Character.toUpperCase(s.charAt(0));
        return c == 'T' || c == 'Y' ? Boolean.TRUE : c == 'F' || c == 'N' ? Boolean.FALSE : null;
    }

    /** The bytes of {@code value} in field {@code f}; throws when it does not fit. */
    static byte[] format(DbfField f, Object value, Charset cs) {
        byte[] out = new byte[f.length()];
        Arrays.fill(out, (byte) ' ');
        if (value == null || value instanceof Double d && !Double.isFinite(d)) {
            return nullValue(f, out);
        }
        byte[] text = switch (f.type()) {
            case 'N', 'F' -> number(f, value).getBytes(StandardCharsets.US_ASCII);
            case 'D' -> dateText(value).getBytes(StandardCharsets.US_ASCII);
            case 'L' -> (Boolean.TRUE.equals(value) ? "T" : "F").getBytes(StandardCharsets.US_ASCII);
            default -> text(value).getBytes(cs);
        };
        if (text.length > f.length()) {
            throw new IllegalArgumentException("字段 " + f.name() + " 容纳不下值 " + value + "（" + text.length
                    + " 字节 > " + f.length() + "）/ value " + value + " does not fit field " + f.name() + " ("
                    + text.length + " bytes > " + f.length() + ")");
        }
        boolean right = f.type() == 'N' || f.type() == 'F';
        System.arraycopy(text, 0, out, right ? out.length - text.length : 0, text.length);
        return out;
    }

    static String text(Object value) {
        return value.toString();
    }

    private static byte[] nullValue(DbfField f, byte[] out) {
        switch (f.type()) {
            case 'N', 'F' -> Arrays.fill(out, (byte) '*');
            case 'D' -> Arrays.fill(out, (byte) '0');
            case 'L' -> out[0] = '?';
            default -> {
            }
        }
        return out;
    }

    private static String number(DbfField f, Object value) {
        BigDecimal d = value instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(value.toString().strip());
        return d.setScale(f.decimals(), RoundingMode.HALF_UP).toPlainString();
    }

    private static String dateText(Object value) {
        try {
            LocalDate d = value instanceof LocalDate ld ? ld : LocalDate.parse(value.toString());
            return String.format("%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date: " + value, e);
        }
    }
}
