package org.landcon.web.internal.auth;

import java.util.List;
import java.util.Map;

import org.landcon.store.AuditLog;
import org.landcon.store.Users;
import org.landcon.store.model.ChainCheck;
import org.landcon.web.internal.Json;
import org.landcon.web.internal.http.ApiServlet;
import org.landcon.web.internal.http.Call;
import org.landcon.web.internal.http.Gate;
import org.landcon.web.internal.http.Route;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;

/**
 * {@code GET /api/audit} (the latest entries) and {@code GET /api/audit/verify} (the whole
 * hash chain checked), for administrators: 全过程留痕 that anyone entitled can check.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({ "/api/audit", "/api/audit/*" })
public class AuditServlet extends ApiServlet {
    private static final long serialVersionUID = 1L;
    private final transient AuditLog audit;

    @Activate
    public AuditServlet(@Reference Users users, @Reference AuditLog audit) {
        super(new Gate(users));
        this.audit = audit;
    }

    @Override
    protected List<Route> routes() {
        return List.of(Route.of("GET", "/api/audit", this::latest), Route.of("GET", "/api/audit/verify", this::verify));
    }

    private void latest(Call call) throws Exception {
        UsersServlet.requireAdministrator(call);
        Json.send(call.resp(), 200, audit.latest(200));
    }

    private void verify(Call call) throws Exception {
        UsersServlet.requireAdministrator(call);
        ChainCheck check = audit.verify();
        Json.send(call.resp(), 200, Map.of("intact", check.intact(), "entries", check.entries(),
                "firstBrokenSeq", check.firstBrokenSeq() == null ? -1 : check.firstBrokenSeq(),
                "reason", check.reason() == null ? "" : check.reason()));
    }
}
