package org.landcon.hotswap;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Takes an uploaded plan of county 640122 (Ningxia) to 已批准 through the web workflow, each step
 * by the role that may take it: every touched village's committee consents, the compiler confirms
 * and submits, the county government and the region's 自然资源厅 approve.
 */
final class ApprovalWalk {
    static final String COUNTY = "640122";
    static final String REGION = "640000";

    private ApprovalWalk() {
    }

    /** Creates the approvers; returns the approved plan's state as the API shows it. */
    static JsonNode approve(Platform platform, Api admin, Api compiler, long plan) throws IOException, InterruptedException {
        JsonNode summary = compiler.get("/api/plans/" + plan);
        List<Map<String, String>> committees = new ArrayList<>();
        summary.path("villages").fieldNames().forEachRemaining(v -> committees.add(Api.role("village-committee", v)));
        admin.createUser("hs-villages-" + plan, REGION, COUNTY, committees);
        admin.createUser("hs-county-" + plan, REGION, COUNTY, List.of(Api.role("county-government", "")));
        admin.createUser("hs-region-" + plan, REGION, "", List.of(Api.role("region-approver", "region-nr")));

        Api villages = Api.login(platform, "hs-villages-" + plan, Api.PASSWORD);
        summary.path("villages").fields().forEachRemaining(v -> consent(villages, plan, v.getKey(), v.getValue().asText()));
        compiler.post("/api/plans/" + plan + "/consents/confirm", Map.of());
        compiler.post("/api/plans/" + plan + "/submit", Map.of());
        Api.login(platform, "hs-county-" + plan, Api.PASSWORD).post("/api/plans/" + plan + "/approve",
                Map.of("reference", "县政府批复 2026-01"));
        Api.login(platform, "hs-region-" + plan, Api.PASSWORD).post("/api/plans/" + plan + "/approve",
                Map.of("reference", "宁自然资发 2026-01"));
        return compiler.get("/api/plans/" + plan).path("plan");
    }

    private static void consent(Api villages, long plan, String code, String name) {
        try {
            villages.post("/api/plans/" + plan + "/consents", Map.of("villageCode", code, "villageName", name,
                    "body", "VILLAGE_COMMITTEE", "date", LocalDate.now().toString(), "documentRef", "村民会议决议 " + code,
                    "ratio", 0.9));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
