package org.landcon.web.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import jakarta.servlet.http.HttpServletResponse;

/** JSON responses and errors a user can act on: {@code {"error": zh, "errorEn": en, "status": n}}, never a stack trace. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    public static void send(HttpServletResponse resp, int status, Object body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        MAPPER.writeValue(resp.getOutputStream(), body);
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
