package org.landcon.assembly.internal.rules;

import java.util.LinkedHashMap;
import java.util.Map;

import org.landcon.api.model.ChangeParcel;

/** Reads the {@code funding} property (source → 万元) of a parcel, as an object or JSON text. */
final class Funding {
    private Funding() {
    }

    static Map<String, Double> of(ChangeParcel p) {
        Map<String, Double> out = new LinkedHashMap<>();
        Object v = p.properties().get("funding");
        if (v instanceof Map<?, ?> m) {
            m.forEach((k, val) -> out.put(k.toString(), number(val)));
        } else if (v != null && !v.toString().isBlank()) {
            try {
                Map<?, ?> m = new com.fasterxml.jackson.databind.ObjectMapper().readValue(v.toString(), Map.class);
                m.forEach((k, val) -> out.put(k.toString(), number(val)));
            } catch (java.io.IOException e) {
                // malformed funding text counts as no funding; the module's validation names it
            }
        }
        return out;
    }

    private static double number(Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return v == null ? 0 : Double.parseDouble(v.toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
