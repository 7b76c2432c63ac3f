package org.landcon.web.internal;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import jakarta.servlet.http.HttpServletResponse;

/** JSON responses and errors a user can act on: {@code {"error": zh, "errorEn": en}}, never a stack trace. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    static void send(HttpServletResponse resp, int status, Object body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        MAPPER.writeValue(resp.getOutputStream(), body);
    }

    static void error(HttpServletResponse resp, int status, String zh, String en) throws IOException {
        send(resp, status, java.util.Map.of("error", zh, "errorEn", en, "status", status));
    }
}
