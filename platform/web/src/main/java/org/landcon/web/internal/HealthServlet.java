package org.landcon.web.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code GET /api/health}: up, with the framework's and the platform's versions. */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/health")
public class HealthServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient BundleContext context;

    @Activate
    public HealthServlet(BundleContext context) {
        this.context = context;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Bundle system = context.getBundle(0);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "UP");
        body.put("platform", context.getBundle().getVersion().toString());
        body.put("framework", system.getSymbolicName() + " " + system.getVersion());
        body.put("uptimeMillis", ManagementFactory.getRuntimeMXBean().getUptime());
        Json.send(resp, 200, body);
    }
}
