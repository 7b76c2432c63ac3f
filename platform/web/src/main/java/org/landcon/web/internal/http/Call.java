package org.landcon.web.internal.http;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;

import org.landcon.store.model.User;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** One API request as a route handler sees it: who calls, the path's parts, the request and response. */
public record Call(Caller caller, List<String> parts, HttpServletRequest req, HttpServletResponse resp) {

    static Call of(Caller caller, Matcher m, HttpServletRequest req, HttpServletResponse resp) {
        List<String> parts = new java.util.ArrayList<>();
        for (int i = 1; i <= m.groupCount(); i++) {
            parts.add(java.net.URLDecoder.decode(m.group(i).replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8));
        }
        return new Call(caller, List.copyOf(parts), req, resp);
    }

    /** The user; routes run only for logged-in callers unless declared public. */
    public User user() {
        return caller.user();
    }

    /** Path part {@code i} (0-based) as a plan or version number. */
    public long id(int i) {
        try {
            return Long.parseLong(parts.get(i));
        } catch (NumberFormatException e) {
            throw ApiException.notFound("找不到：" + parts.get(i), "not found: " + parts.get(i));
        }
    }

    public String part(int i) {
        return parts.get(i);
    }

    /** The request body as JSON (at most 16 MB). */
    public JsonNode body() throws IOException {
        return JsonBody.read(req, 16L * 1024 * 1024);
    }
}
