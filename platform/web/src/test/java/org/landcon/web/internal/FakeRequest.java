package org.landcon.web.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/** An HttpServletRequest for unit tests: method, headers, cookies and a body stream; nothing else. */
public final class FakeRequest {
    private FakeRequest() {
    }

    public static HttpServletRequest of(String method, Map<String, String> headers, Cookie[] cookies, InputStream body) {
        Map<String, String> h = new HashMap<>();
        headers.forEach((k, v) -> h.put(k.toLowerCase(), v));
        ServletInputStream in = new ServletInputStream() {
            @Override
            public int read() throws java.io.IOException {
                return body.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws java.io.IOException {
                return body.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return false;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener l) {
            }
        };
        return (HttpServletRequest) Proxy.newProxyInstance(FakeRequest.class.getClassLoader(),
                new Class<?>[] { HttpServletRequest.class }, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getHeader" -> h.get(((String) args[0]).toLowerCase());
                    case "getContentType" -> h.get("content-type");
                    case "getContentLengthLong" -> h.containsKey("content-length") ? Long.parseLong(h.get("content-length")) : -1L;
                    case "getCookies" -> cookies;
                    case "getInputStream" -> in;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    public static HttpServletRequest of(String method, Map<String, String> headers, byte[] body) {
        return of(method, headers, null, new ByteArrayInputStream(body));
    }
}
