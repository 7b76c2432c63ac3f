package org.landcon.web.internal.plan;

import java.util.ArrayList;
import java.util.List;

import org.landcon.api.service.ModuleRegistry;
import org.landcon.store.AuditLog;
import org.landcon.store.PlanStore;
import org.landcon.store.Users;
import org.landcon.store.Workflow;
import org.landcon.web.internal.http.ApiServlet;
import org.landcon.web.internal.http.Gate;
import org.landcon.web.internal.http.Route;
import org.landcon.web.internal.workflow.Policies;
import org.landcon.web.internal.workflow.WorkflowRoutes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;

/** {@code /api/plans/*}: upload, reads, layers, parcel edits and the workflow, every route behind the {@link Gate}. */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({ "/api/plans", "/api/plans/*" })
public class PlansServlet extends ApiServlet {
    private static final long serialVersionUID = 1L;
    private final transient List<Route> routes = new ArrayList<>();

    @Activate
    public PlansServlet(@Reference Users users, @Reference PlanStore store, @Reference Workflow workflow,
            @Reference AuditLog audit, @Reference ModuleRegistry registry, @Reference PlanKeeper keeper,
            @Reference Policies policies) {
        super(new Gate(users));
        PlanLookup lookup = new PlanLookup(store);
        routes.addAll(new UploadRoutes(keeper).routes());
        routes.addAll(new PlanReadRoutes(lookup, keeper.files(), audit, registry,
                new PlanSummary(lookup, workflow, registry, keeper.files())).routes());
        routes.addAll(new LayerRoutes(lookup).routes());
        routes.addAll(new ParcelRoutes(lookup, keeper).routes());
        routes.addAll(new WorkflowRoutes(lookup, workflow, policies).routes());
    }

    @Override
    protected List<Route> routes() {
        return routes;
    }
}
