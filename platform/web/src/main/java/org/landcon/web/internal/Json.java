package org.landcon.web.internal;

import java.io.IOException;
import java.time.temporal.Temporal;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

import jakarta.servlet.http.HttpServletResponse;

/** JSON responses and errors a user can act on: {@code {"error": zh, "errorEn": en, "status": n}}, never a stack trace. */
public final class Json {
    /** Dates and times are written as ISO 8601 text ({@code 2026-11-29T04:20:00Z}, {@code 2026-11-29}). */
    public static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .registerModule(new SimpleModule("iso-time").addSerializer(Temporal.class, ToStringSerializer.instance));

    private Json() {
    }

    public static void send(HttpServletResponse resp, int status, Object body) throws IOException {
        // serialised first: a body that cannot be written is a clean 500, not a 200 cut short
        byte[] json = MAPPER.writeValueAsBytes(body);
        resp.setStatus(status);
        resp.setContentType("application/json;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.getOutputStream().write(json);
    }

    public static void error(HttpServletResponse resp, int status, String zh, String en) throws IOException {
        send(resp, status, errorBody(status, zh, en));
    }

    /** The body of an error, to which a caller may add particulars (problems, violations). */
    public static Map<String, Object> errorBody(int status, String zh, String en) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", zh);
        body.put("errorEn", en);
        body.put("status", status);
        return body;
    }
}
