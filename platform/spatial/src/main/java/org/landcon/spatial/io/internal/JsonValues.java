package org.landcon.spatial.io.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

/** JSON values to plain Java values (String, Integer, Long, Double, Boolean, List, Map) and back. */
public final class JsonValues {

    private JsonValues() {
    }

    public static Object toJava(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        if (n.isTextual()) {
            return n.textValue();
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isInt()) {
            return n.intValue();
        }
        if (n.isLong()) {
            return n.longValue();
        }
        if (n.isNumber()) {
            return n.doubleValue();
        }
        if (n.isArray()) {
            List<Object> list = new ArrayList<>();
            n.forEach(x -> list.add(toJava(x)));
            return list;
        }
        return toMap(n);
    }

    public static Map<String, Object> toMap(JsonNode object) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (object != null && object.isObject()) {
            object.fields().forEachRemaining(e -> map.put(e.getKey(), toJava(e.getValue())));
        }
        return map;
    }

    public static void write(JsonGenerator out, Object v) throws IOException {
        if (v == null || v instanceof Double d && !Double.isFinite(d)) {
            out.writeNull();
        } else if (v instanceof Map<?, ?> m) {
            out.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.writeFieldName(String.valueOf(e.getKey()));
                write(out, e.getValue());
            }
            out.writeEndObject();
        } else if (v instanceof Iterable<?> list) {
            out.writeStartArray();
            for (Object x : list) {
                write(out, x);
            }
            out.writeEndArray();
        } else if (v instanceof LocalDate d) {
            out.writeString(d.toString());
        } else if (v instanceof Number || v instanceof Boolean) {
            out.writeObject(v);
        } else {
            out.writeString(v.toString());
        }
    }
}
