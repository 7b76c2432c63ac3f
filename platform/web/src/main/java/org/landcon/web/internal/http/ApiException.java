package org.landcon.web.internal.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request refused with an HTTP status and a message in Chinese and English; {@link #extra()}
 * carries particulars for the body (the problems of a package, the violations of a plan).
 */
public class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String zh;
    private final String en;
    private final transient Map<String, Object> extra = new LinkedHashMap<>();

    public ApiException(int status, String zh, String en) {
        super(zh + " / " + en);
        this.status = status;
        this.zh = zh;
        this.en = en;
    }

    public static ApiException badRequest(String zh, String en) {
        return new ApiException(400, zh, en);
    }

    public static ApiException notFound(String zh, String en) {
        return new ApiException(404, zh, en);
    }

    public static ApiException forbidden(String zh, String en) {
        return new ApiException(403, zh, en);
    }

    /** Adds a particular to the error body. */
    public ApiException with(String key, Object value) {
        extra.put(key, value);
        return this;
    }

    public int status() {
        return status;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    public Map<String, Object> extra() {
        return extra;
    }
}
