package org.landcon.web.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.landcon.api.service.ModuleRegistry;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /api/modules}: every bundle (symbolic name, version, state, and why it failed if it
 * did), every content module and every rule with the bundle and version that provides it.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/modules")
public class ModulesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient BundleContext context;
    private final transient ModuleRegistry registry;
    private final transient BundleProblems problems;

    @Activate
    public ModulesServlet(BundleContext context, @Reference ModuleRegistry registry, @Reference BundleProblems problems) {
        this.context = context;
        this.registry = registry;
        this.problems = problems;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        List<Map<String, Object>> bundles = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", b.getBundleId());
            m.put("symbolicName", b.getSymbolicName());
            m.put("version", b.getVersion().toString());
            m.put("state", state(b.getState()));
            m.put("location", b.getLocation());
            String problem = problems.problem(b);
            if (problem != null) {
                m.put("problem", problem);
            }
            bundles.add(m);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("bundles", bundles);
        body.put("modules", registry.modules());
        body.put("rules", registry.rules());
        Json.send(resp, 200, body);
    }

    static String state(int s) {
        return switch (s) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            default -> "UNINSTALLED";
        };
    }
}
