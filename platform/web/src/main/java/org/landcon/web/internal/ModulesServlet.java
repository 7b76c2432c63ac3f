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

import org.landcon.store.Users;
import org.landcon.web.internal.http.ApiServlet;
import org.landcon.web.internal.http.Call;
import org.landcon.web.internal.http.Gate;
import org.landcon.web.internal.http.Route;

import jakarta.servlet.Servlet;

/**
 * {@code GET /api/modules}: every bundle (symbolic name, version, state, and why it failed if it
 * did), every content module and every rule with the bundle and version that provides it. For
 * logged-in users only: what runs, in which versions, is no business of anonymous callers.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/modules")
public class ModulesServlet extends ApiServlet {
    private static final long serialVersionUID = 1L;
    private final transient BundleContext context;
    private final transient ModuleRegistry registry;
    private final transient BundleProblems problems;

    @Activate
    public ModulesServlet(BundleContext context, @Reference ModuleRegistry registry, @Reference BundleProblems problems,
            @Reference Users users) {
        super(new Gate(users));
        this.context = context;
        this.registry = registry;
        this.problems = problems;
    }

    @Override
    protected List<Route> routes() {
        // open like /api/health: what is deployed is platform status, not plan data
        return List.of(Route.open("GET", "/api/modules", this::list));
    }

    private void list(Call call) throws IOException {
        List<Map<String, Object>> bundles = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", b.getBundleId());
            m.put("symbolicName", b.getSymbolicName());
            m.put("version", b.getVersion().toString());
            m.put("state", state(b.getState()));
            m.put("location", b.getLocation());
            // a fragment (H2GIS in H2) is RESOLVED when attached: it never starts
            m.put("fragment", b.getHeaders("").get(org.osgi.framework.Constants.FRAGMENT_HOST) != null);
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
        body.put("policies", registry.policies());
        Json.send(call.resp(), 200, body);
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
