package org.landcon.web.internal.http;

import java.io.IOException;
import java.io.InputStream;

import org.landcon.web.internal.Json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import jakarta.servlet.http.HttpServletRequest;

/** Reads a request's JSON body within a size limit; malformed JSON is a 400 naming line and column. */
public final class JsonBody {

    private JsonBody() {
    }

    public static JsonNode read(HttpServletRequest req, long limit) throws IOException {
        if (req.getContentLengthLong() > limit) {
            throw tooLarge(limit);
        }
        try (InputStream in = new LimitedInputStream(req.getInputStream(), limit)) {
            JsonNode node = Json.MAPPER.readTree(in);
            return node == null ? MissingNode.getInstance() : node;
        } catch (LimitedInputStream.LimitExceeded e) {
            throw tooLarge(limit);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("请求内容不是有效的 JSON：第 " + e.getLocation().getLineNr() + " 行第 "
                    + e.getLocation().getColumnNr() + " 列", "the request body is not valid JSON: line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
        }
    }

    private static ApiException tooLarge(long limit) {
        return new ApiException(413, "请求内容超过 " + limit + " 字节", "the request body exceeds " + limit + " bytes");
    }
}
