package org.landcon.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every endpoint is authorised on the server: anonymous callers get 401 (except health and the
 * login), a state-changing request without the CSRF token 403, a user in the wrong role 403 with
 * a JSON error in Chinese and English, never a stack trace.
 */
class AuthorizationTest {
    static World world;
    static long plan;

    @BeforeAll
    static void platform() throws Exception {
        world = World.get();
        plan = world.cleanPlan;
    }

    /** Every endpoint: method, path, body. */
    static List<String[]> endpoints() {
        String p = "/api/plans/" + plan;
        List<String[]> all = new ArrayList<>();
        for (String path : List.of("/api/session", "/api/users", "/api/audit", "/api/audit/verify", "/api/deploy", "/api/departments", "/api/plans", p,
                p + "/versions", p + "/versions/1/plan.json", p + "/verdicts", p + "/tables", p + "/tables.xlsx",
                p + "/map.png", p + "/layers", p + "/layers/DLTB?bbox=0,0,1,1", p + "/layers/parcels", p + "/layers/findings",
                p + "/parcels", p + "/audit")) {
            all.add(new String[] { "GET", path, null });
        }
        all.add(new String[] { "DELETE", "/api/session", null });
        all.add(new String[] { "POST", "/api/users", "{}" });
        all.add(new String[] { "POST", "/api/departments", "{}" });
        all.add(new String[] { "POST", "/api/plans", "{}" });
        all.add(new String[] { "PUT", p + "/parcels/SP-001/1", "{}" });
        all.add(new String[] { "PUT", "/api/deploy/x.jar", "{}" });
        all.add(new String[] { "DELETE", "/api/deploy/x.jar", null });
        for (String action : List.of("consents", "consents/confirm", "submit", "approve", "reject", "filing", "start",
                "subprojects/SP-001/accept", "accept", "maintenance")) {
            all.add(new String[] { "POST", p + "/" + action, "{}" });
        }
        return all;
    }

    @Test
    void anonymousCallersGet401EverywhereButHealthModulesAndLogin() throws Exception {
        Client anonymous = Client.anonymous(world.platform);
        for (String[] e : endpoints()) {
            Client.Reply r = anonymous.send(e[0], e[1], e[2], false);
            assertEquals(401, r.status(), e[0] + " " + e[1] + ": " + r.text());
            assertEquals("请先登录", r.json().path("error").asText(), e[1]);
            assertEquals("please log in", r.json().path("errorEn").asText(), e[1]);
        }
        assertEquals(200, anonymous.get("/api/health").status());
        // what is deployed is platform status, open like health (an administrator's first check)
        assertEquals(200, anonymous.get("/api/modules").status());
        Client.Reply wrong = anonymous.post("/api/session", "{\"user\":\"admin\",\"password\":\"wrong-password\"}");
        assertEquals(401, wrong.status());
        assertEquals("用户名或密码错误 / wrong user name or password", wrong.error());
        assertEquals(37, endpoints().size(), "every endpoint but the open ones is listed once");
    }

    @Test
    void everyStateChangingRequestWithoutTheCsrfTokenIs403() throws Exception {
        Client admin = world.login("compiler");
        for (String[] e : endpoints()) {
            if (!e[0].equals("GET")) {
                Client.Reply r = admin.send(e[0], e[1], e[2], false);
                assertEquals(403, r.status(), e[0] + " " + e[1] + ": " + r.text());
                assertEquals("缺少或错误的 CSRF 令牌（请求头 X-CSRF-Token） / missing or wrong CSRF token (header X-CSRF-Token)",
                        r.error(), e[1]);
            }
        }
        // the session is still alive: the refused DELETE did not log out
        assertEquals(200, admin.get("/api/session").status());
    }

    @Test
    void onlyAdministratorsManageUsers() throws Exception {
        Client compiler = world.login("compiler");
        assertForbidden(compiler.get("/api/users"), "须为系统管理员 / requires administrator");
        assertForbidden(compiler.post("/api/users", "{\"username\":\"mallory\",\"password\":\"mallory-pass-1\",\"roles\":[{\"role\":\"administrator\"}]}"),
                "须为系统管理员 / requires administrator");
        assertForbidden(compiler.post("/api/departments", "{\"code\":\"x\",\"nameZh\":\"x\"}"), "须为系统管理员 / requires administrator");
        assertEquals(200, world.admin.get("/api/users").status());
        assertForbidden(compiler.get("/api/audit/verify"), "须为系统管理员 / requires administrator");
        assertEquals(200, world.admin.get("/api/audit/verify").status());
        assertForbidden(compiler.get("/api/deploy"), "须为系统管理员 / requires administrator");
        Client.Reply audit = world.admin.get("/api/audit");
        assertEquals(200, audit.status());
        assertTrue(audit.json().get(0).path("time").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), audit.text());
    }

    @Test
    void aDepartmentEditorEditsOnlyItsOwnContentType() throws Exception {
        Client eco = world.login("eco-editor");
        String farmland = parcelOfType("farmland");
        int versions = world.admin.get("/api/plans/" + plan + "/versions").json().size();
        assertForbidden(eco.put("/api/plans/" + plan + "/parcels/" + farmland, "{\"properties\":{\"name\":\"改名\"}}"),
                "无权操作：须为「farmland」部门编辑或本县县级方案编制人员 / not allowed: requires a department-editor of farmland or the county-compiler");
        // nor may it move a farmland parcel into its own type
        Client farm = world.login("farm-editor");
        assertForbidden(farm.put("/api/plans/" + plan + "/parcels/" + farmland, "{\"properties\":{\"type\":\"ecology\"}}"),
                "无权操作：须为「ecology」部门编辑或本县县级方案编制人员 / not allowed: requires a department-editor of ecology or the county-compiler");
        assertEquals(versions, world.admin.get("/api/plans/" + plan + "/versions").json().size(), "no version was made");
    }

    @Test
    void uploadsAreForCompilersOfTheTownshipsCounty() throws Exception {
        int plans = world.admin.get("/api/plans").json().size();
        assertForbidden(world.login("farm-editor").upload(new byte[] { 1, 2, 3 }, "x.zip"),
                "只有县级方案编制人员可以上传规划数据包 / only a county-compiler may upload a plan package");
        byte[] zip = Packages.zip(Packages.township(11));
        assertForbidden(world.login("other-compiler").upload(zip, "hewan.zip"),
                "只有本县（640122）县级方案编制人员可以上传该乡镇的方案 / only a county-compiler of county 640122 may upload this township's plan");
        assertEquals(plans, world.admin.get("/api/plans").json().size());
    }

    @Test
    void workflowActionsNeedTheirRoleAndLevel() throws Exception {
        String p = "/api/plans/" + plan;
        assertForbidden(world.login("compiler").post(p + "/consents", "{\"villageCode\":\"640122102201\",\"ratio\":0.9}"),
                "无权操作：须为本村（640122102201）村民委员会 / not allowed: requires the village-committee of village 640122102201");
        assertForbidden(world.login("farm-editor").post(p + "/consents/confirm", "{}"),
                "无权操作：须为本县县级方案编制人员 / not allowed: requires a county-compiler of the plan's county");
        assertForbidden(world.login("other-compiler").post(p + "/submit", "{}"),
                "无权操作：须为本县县级方案编制人员 / not allowed: requires a county-compiler of the plan's county");
        assertForbidden(world.login("county-gov").post(p + "/filing", "{\"reference\":\"x\"}"),
                "无权操作：须为自治区自然资源厅审批人员 / not allowed: requires a region-approver at level region-nr");
        assertForbidden(world.login("compiler").post(p + "/start", "{}"),
                "无权操作：须为本县县级人民政府 / not allowed: requires the county-government of the plan's county");
        assertForbidden(world.login("region-nr").post(p + "/subprojects/SP-001/accept", "{}"),
                "无权操作：须为本县县级人民政府 / not allowed: requires the county-government of the plan's county");
        assertForbidden(world.login("county-gov").post(p + "/accept", "{}"),
                "无权操作：须为自治区自然资源厅审批人员 / not allowed: requires a region-approver at level region-nr");
        assertForbidden(world.login("region-nr").post(p + "/maintenance", "{}"),
                "无权操作：须为本县县级人民政府 / not allowed: requires the county-government of the plan's county");
    }

    @Test
    void aPlanWithViolationsCannotBeSubmitted() throws Exception {
        String p = "/api/plans/" + world.violatingPlan;
        Client compiler = world.login("compiler");
        Plans.consentAll(world, world.violatingPlan);
        assertEquals(200, compiler.post(p + "/consents/confirm", "{}").status());
        Client.Reply r = compiler.post(p + "/submit", "{}");
        assertEquals(409, r.status(), r.text());
        assertTrue(r.json().path("error").asText().matches("最新版本 v1 有 \\d+ 项违规，不能报批"), r.text());
        assertTrue(r.json().path("violations").size() > 0);
        for (JsonNode v : r.json().path("violations")) {
            assertEquals("violation", v.path("verdict").asText());
        }
        assertEquals("consented", compiler.get(p).json().path("plan").path("state").asText());
    }

    @Test
    void aCountyUserCannotApproveForTheRegion() throws Exception {
        long id = Plans.submitted(world);
        String p = "/api/plans/" + id;
        assertForbidden(world.login("region-nr").post(p + "/approve", "{\"reference\":\"x\"}"),
                "无权操作：须为「县级人民政府」（county）的审批人员 / not allowed: requires the approver of step county");
        assertEquals(200, world.login("county-gov").post(p + "/approve", "{\"reference\":\"县政府批复1号\"}").status());
        assertForbidden(world.login("county-gov").post(p + "/approve", "{\"reference\":\"县政府批复2号\"}"),
                "无权操作：须为「自治区自然资源厅」（region-nr）的审批人员 / not allowed: requires the approver of step region-nr");
        assertForbidden(world.login("region-gov").post(p + "/approve", "{\"reference\":\"x\"}"),
                "无权操作：须为「自治区自然资源厅」（region-nr）的审批人员 / not allowed: requires the approver of step region-nr");
        assertEquals("submitted", world.admin.get(p).json().path("plan").path("state").asText());
    }

    static String parcelOfType(String type) throws Exception {
        for (JsonNode x : world.admin.get("/api/plans/" + plan + "/parcels").json()) {
            if (type.equals(x.path("type").asText())) {
                return x.path("id").asText();
            }
        }
        throw new IllegalStateException("no " + type + " parcel in plan " + plan);
    }

    static void assertForbidden(Client.Reply r, String message) {
        assertEquals(403, r.status(), r.text());
        assertEquals(message, r.error());
        assertEquals(403, r.json().path("status").asInt());
    }
}
