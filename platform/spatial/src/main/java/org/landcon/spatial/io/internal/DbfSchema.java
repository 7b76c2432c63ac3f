package org.landcon.spatial.io.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.landcon.spatial.io.DbfField;

/**
 * Chooses DBF fields for a set of attribute maps, so that every value fits:
 * <ul>
 * <li>text: C, as wide as the longest value in <em>bytes of the target encoding</em> (a Chinese
 * character is 2 bytes in GBK, 3 in UTF-8); more than 254 bytes is refused rather than cut;</li>
 * <li>integers: N(≥9, 0); decimals: N(≥19, 2..10), as many decimals as the values carry (areas in m²
 * with centiares keep them);</li>
 * <li>LocalDate: D(8); Boolean: L(1); anything else is written as its text.</li>
 * </ul>
 * Field names longer than 10 bytes are cut to 10 and made unique with a numeric suffix, as GDAL does.
 */
public final class DbfSchema {

    private static final int MAX_DECIMALS = 10;

    private DbfSchema() {
    }

    /** Fields for the keys of {@code rows} in first-seen order; the key each one stores is the map key. */
    public static Map<String, DbfField> infer(List<Map<String, Object>> rows, Charset cs) {
        Map<String, List<Object>> columns = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            row.forEach((k, v) -> columns.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
        }
        Map<String, DbfField> fields = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        columns.forEach((key, values) -> fields.put(key, field(uniqueName(key, cs, used), values, cs)));
        return fields;
    }

    private static DbfField field(String name, List<Object> values, Charset cs) {
        List<Object> present = values.stream().filter(v -> v != null).toList();
        if (present.isEmpty()) {
            return new DbfField(name, 'C', 10, 0);
        }
        if (present.stream().allMatch(v -> v instanceof LocalDate)) {
            return new DbfField(name, 'D', 8, 0);
        }
        if (present.stream().allMatch(v -> v instanceof Boolean)) {
            return new DbfField(name, 'L', 1, 0);
        }
        if (present.stream().allMatch(DbfSchema::integral)) {
            int digits = present.stream().mapToInt(v -> v.toString().length()).max().orElse(1);
            return new DbfField(name, 'N', Math.max(9, digits), 0);
        }
        if (present.stream().allMatch(v -> v instanceof Number)) {
            return decimal(name, present);
        }
        return text(name, present, cs);
    }

    private static boolean integral(Object v) {
        return v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
                || v instanceof BigInteger;
    }

    private static DbfField decimal(String name, List<Object> values) {
        int decimals = 2;
        int integerDigits = 1;
        for (Object v : values) {
            if (v instanceof Double d && !Double.isFinite(d)) {
                continue;
            }
            BigDecimal b = new BigDecimal(v.toString()).stripTrailingZeros();
            decimals = Math.max(decimals, Math.min(MAX_DECIMALS, b.scale()));
            integerDigits = Math.max(integerDigits, b.precision() - b.scale());
        }
        return new DbfField(name, 'N', Math.max(19, integerDigits + decimals + 2), decimals);
    }

    private static DbfField text(String name, List<Object> values, Charset cs) {
        int bytes = 1;
        for (Object v : values) {
            int n = DbfValues.text(v).getBytes(cs).length;
            if (n > 254) {
                throw new IllegalArgumentException("字段 " + name + " 的文本长 " + n + " 字节，超过 DBF 上限 254 字节 / "
                        + "text of field " + name + " is " + n + " bytes, over the DBF limit of 254");
            }
            bytes = Math.max(bytes, n);
        }
        return new DbfField(name, 'C', bytes, 0);
    }

    private static String uniqueName(String key, Charset cs, Set<String> used) {
        String name = cut(key, cs, 10);
        for (int i = 1; !used.add(name.toUpperCase()); i++) {
            String suffix = "_" + i;
            name = cut(key, cs, 10 - suffix.length()) + suffix;
        }
        return name;
    }

    private static String cut(String s, Charset cs, int maxBytes) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            String c = new String(Character.toChars(cp));
            if ((b + c).getBytes(cs).length > maxBytes) {
                break;
            }
            b.append(c);
            i += Character.charCount(cp);
        }
        return b.toString();
    }
}
