package org.landcon.report.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.landcon.api.model.ChangeParcel;

/**
 * Reads a change parcel's {@code funding} property: source → 万元, as the reader gives it (a map)
 * or as the JSON text of the object ({@code {"central": 300, "bond": 80}}).
 */
public final class Funding {

    private static final Pattern ENTRY = Pattern.compile("\"([^\"]+)\"\\s*:\\s*\"?(-?[0-9.]+(?:[eE][-+]?[0-9]+)?)\"?");

    private Funding() {
    }

    /** Source → 万元; empty when the parcel names no funding. Values that are not numbers are skipped. */
    public static Map<String, Double> of(ChangeParcel p) {
        Object v = p.properties().get("funding");
        Map<String, Double> out = new LinkedHashMap<>();
        if (v instanceof Map<?, ?> m) {
            m.forEach((k, x) -> put(out, String.valueOf(k), x));
        } else if (v != null) {
            Matcher e = ENTRY.matcher(v.toString());
            while (e.find()) {
                put(out, e.group(1), e.group(2));
            }
        }
        return out;
    }

    private static void put(Map<String, Double> out, String key, Object value) {
        Double d = value instanceof Number n ? Double.valueOf(n.doubleValue()) : parse(String.valueOf(value));
        if (d != null) {
            out.merge(key, d, Double::sum);
        }
    }

    private static Double parse(String s) {
        try {
            return Double.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
