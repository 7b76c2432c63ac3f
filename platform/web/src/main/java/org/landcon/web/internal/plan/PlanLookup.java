package org.landcon.web.internal.plan;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.landcon.store.PlanStore;
import org.landcon.store.model.Plan;
import org.landcon.store.model.PlanVersion;
import org.landcon.web.internal.Json;
import org.landcon.web.internal.http.ApiException;

import com.fasterxml.jackson.databind.JsonNode;

/** Finds plans and versions for a request, answering 404 for what does not exist. */
public final class PlanLookup {
    private final PlanStore store;

    public PlanLookup(PlanStore store) {
        this.store = store;
    }

    public Plan plan(long id) {
        return store.plan(id).orElseThrow(() -> ApiException.notFound("方案 " + id + " 不存在", "plan " + id + " does not exist"));
    }

    public PlanVersion latest(long planId) {
        plan(planId);
        return store.latestVersion(planId).orElseThrow(() -> ApiException.notFound("方案 " + planId + " 还没有版本",
                "plan " + planId + " has no version yet"));
    }

    public PlanVersion version(long planId, long number) {
        plan(planId);
        return store.version(planId, (int) number).orElseThrow(() -> ApiException.notFound("方案 " + planId
                + " 没有版本 v" + number, "plan " + planId + " has no version v" + number));
    }

    /** The version {@code ?version=n} asks for, else the latest. */
    public PlanVersion requested(long planId, String number) {
        if (number == null || number.isBlank()) {
            return latest(planId);
        }
        try {
            return version(planId, Long.parseLong(number.trim()));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("版本号须为整数：" + number, "the version must be a whole number: " + number);
        }
    }

    public JsonNode planJson(PlanVersion v) {
        try {
            return Json.MAPPER.readTree(store.planJson(v.id()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PlanStore store() {
        return store;
    }
}
