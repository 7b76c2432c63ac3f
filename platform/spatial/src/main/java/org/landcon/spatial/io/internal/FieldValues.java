package org.landcon.spatial.io.internal;

import java.util.Locale;

/** Attribute values as the package reader needs them: text, numbers and integers from any source type. */
final class FieldValues {

    private FieldValues() {
    }

    /** The value as trimmed text, {@code null} when absent or blank; 12.0 from a DBF number is "12". */
    static String text(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return String.valueOf(d.longValue());
        }
        String s = v.toString().strip();
        return s.isEmpty() ? null : s;
    }

    /** The value as a number, {@code null} when absent or blank; throws when it is text that is no number. */
    static Double number(Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        String s = text(v);
        return s == null ? null : Double.valueOf(s);
    }

    /** Like {@link #number} but the value must be a whole number. */
    static Integer integer(Object v) {
        Double d = number(v);
        if (d == null) {
            return null;
        }
        if (d != Math.rint(d)) {
            throw new NumberFormatException(v.toString());
        }
        return d.intValue();
    }

    /**
     * The entries with a value: the API's records copy attributes with {@code Map.copyOf}, which
     * refuses nulls, so an empty field is absent from a parcel's attributes.
     */
    static java.util.Map<String, Object> present(java.util.Map<String, Object> m) {
        java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
        m.forEach((k, v) -> {
            if (v != null) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** An area in messages: two decimals. */
    static String area(double m2) {
        return String.format(Locale.ROOT, "%.2f", m2);
    }
}
