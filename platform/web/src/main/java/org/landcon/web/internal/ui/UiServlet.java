package org.landcon.web.internal.ui;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Locale;
import java.util.Map;

import org.landcon.web.internal.Json;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The browser UI: the files under {@code ui/} in this bundle (plain ES modules, and OpenLayers
 * embedded from its WebJar) at {@code /ui/…}; {@code /} leads there. Anything else is a JSON 404.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({ "/", "/ui/*" })
public class UiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> TYPES = Map.of("html", "text/html;charset=UTF-8", "js",
            "text/javascript;charset=UTF-8", "css", "text/css;charset=UTF-8", "svg", "image/svg+xml", "png", "image/png",
            "json", "application/json;charset=UTF-8", "ico", "image/x-icon");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (path.isEmpty() || path.equals("/") || path.equals("/ui")) {
            resp.sendRedirect(req.getContextPath() + "/ui/");
            return;
        }
        if (!path.startsWith("/ui/") || path.contains("..") || path.contains("//")) {
            Json.error(resp, 404, "找不到：" + path, "not found: " + path);
            return;
        }
        String name = path.equals("/ui/") ? "index.html" : path.substring("/ui/".length());
        URL url = UiServlet.class.getClassLoader().getResource("ui/" + name);
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (url == null || !TYPES.containsKey(ext)) {
            Json.error(resp, 404, "找不到：" + path, "not found: " + path);
            return;
        }
        resp.setContentType(TYPES.get(ext));
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Cache-Control", name.startsWith("ol/") ? "public, max-age=86400" : "no-cache");
        resp.setHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' data: blob:; "
                + "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'");
        try (InputStream in = url.openStream()) {
            in.transferTo(resp.getOutputStream());
        }
    }
}
