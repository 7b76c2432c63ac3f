package org.landcon.web.internal.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.service.InvalidPackageException;
import org.landcon.spatial.io.Crs;
import org.landcon.store.model.Plan;
import org.landcon.store.model.PlanVersion;
import org.landcon.web.internal.Json;
import org.landcon.web.internal.http.ApiException;
import org.landcon.web.internal.http.Call;
import org.landcon.web.internal.http.Route;
import org.landcon.web.internal.workflow.Permissions;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code GET /api/plans/{id}/parcels}: the change parcels of the latest version (properties and
 * area); {@code PUT /api/plans/{id}/parcels/{parcelId}}: edits one parcel's properties and geometry
 * and re-assembles the plan into a new version. Only a department editor of the parcel's content
 * type (before and after the edit) or the county compiler may edit, only while the plan is a draft.
 */
public final class ParcelRoutes {
    private final PlanLookup lookup;
    private final PlanKeeper keeper;

    public ParcelRoutes(PlanLookup lookup, PlanKeeper keeper) {
        this.lookup = lookup;
        this.keeper = keeper;
    }

    public List<Route> routes() {
        return List.of(Route.of("GET", PlanReadRoutes.ID + "/parcels", this::list),
                Route.of("PUT", PlanReadRoutes.ID + "/parcels/(.+)", this::edit));
    }

    private void list(Call c) throws Exception {
        PlanVersion v = lookup.requested(c.id(0), c.req().getParameter("version"));
        List<Map<String, Object>> out = new ArrayList<>();
        for (ChangeParcel p : lookup.store().parcels(v.id())) {
            Map<String, Object> m = new LinkedHashMap<>(LayerRoutes.parcelProperties(p));
            m.put("planarArea", Math.round(p.geometry().getArea() * 100) / 100.0);
            out.add(m);
        }
        Json.send(c.resp(), 200, out);
    }

    private void edit(Call c) throws Exception {
        Plan plan = lookup.plan(c.id(0));
        String parcelId = c.part(1);
        JsonNode edit = c.body();
        ReentrantLock lock = keeper.lock(plan.id());
        lock.lock();
        try {
            PlanVersion v = lookup.latest(plan.id());
            List<ChangeParcel> parcels = new ArrayList<>(lookup.store().parcels(v.id()));
            int index = indexOf(parcels, parcelId);
            ChangeParcel old = parcels.get(index);
            Permissions.require(Permissions.parcelEditor(c.user(), plan, old.type()), "「" + old.type()
                    + "」部门编辑或本县县级方案编制人员", "a department-editor of " + old.type() + " or the county-compiler");
            if (!Permissions.editable(plan)) {
                throw new ApiException(409, "方案处于「" + plan.state().zh() + "」状态，版本已冻结，不能修改",
                        "the plan is " + plan.state().code() + ": its versions are frozen");
            }
            int srid = Crs.parse(lookup.planJson(v).path("unit").path("crs").asText("EPSG:0")).epsg();
            ChangeParcel edited = ParcelEdit.apply(old, edit, srid);
            Permissions.require(Permissions.parcelEditor(c.user(), plan, edited.type()), "「" + edited.type()
                    + "」部门编辑或本县县级方案编制人员", "a department-editor of " + edited.type() + " or the county-compiler");
            parcels.set(index, edited);
            PlanVersion next = keeper.reassemble(plan.id(), parcels, true, c.user().username(),
                    "编辑地块 edit parcel " + parcelId);
            Json.send(c.resp(), 200, Views.version(next));
        } catch (InvalidPackageException e) {
            throw ApiException.badRequest("编辑后的地块有 " + e.problems().size() + " 个问题，未保存",
                    "the edited parcel has " + e.problems().size() + " problem(s); nothing was stored")
                    .with("problems", ProblemJson.of(e.problems()));
        } finally {
            lock.unlock();
        }
    }

    private static int indexOf(List<ChangeParcel> parcels, String id) {
        for (int i = 0; i < parcels.size(); i++) {
            if (parcels.get(i).id().equals(id)) {
                return i;
            }
        }
        throw ApiException.notFound("没有变化地块 " + id, "no change parcel " + id);
    }
}
