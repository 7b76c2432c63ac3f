package org.landcon.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.landcon.api.model.ApprovalStep;
import org.landcon.api.model.ChangeParcel;
import org.landcon.store.StoreException;
import org.landcon.store.model.Consent;
import org.landcon.store.model.ConsentBody;
import org.landcon.store.model.Plan;
import org.landcon.store.model.PlanState;
import org.landcon.store.model.PlanVersion;
import org.landcon.store.model.Role;

class WorkflowTest {
    static final String VILLAGE = "640122101201";
    static final LocalDate DAY = LocalDate.of(2026, 5, 1);
    static final List<ApprovalStep> CHAIN = List.of(new ApprovalStep("county", "县级人民政府", "county government", false),
            new ApprovalStep("region-nr", "自治区自然资源厅", "regional NR department", false),
            new ApprovalStep("ministry-filing", "自然资源部备案", "ministry filing", true));

    @TempDir
    Path dir;
    Fixture f;
    Plan plan;
    long id;

    @BeforeEach
    void open() throws Exception {
        f = new Fixture(dir);
        f.user("compiler", "640000", "640122", Role.COUNTY_COMPILER, "");
        f.user("other-compiler", "640000", "640181", Role.COUNTY_COMPILER, "");
        f.user("village", "640000", "640122", Role.VILLAGE_COMMITTEE, VILLAGE);
        f.user("county-gov", "640000", "640122", Role.COUNTY_GOVERNMENT, "");
        f.user("region-nr", "640000", "", Role.REGION_APPROVER, "region-nr");
        plan = f.plans.createPlan("640122101", "习岗镇", "640000", "640122", "compiler");
        id = plan.id();
        PlanVersion v = f.plans.saveVersion(id, Fixture.planJson(Map.of("PBF-CAP", "pass")), Map.of(), "compiler", null);
        f.plans.storeParcels(v.id(), List.of(parcel("sp-1/1", "sp-1", "farmland-creation", "0103"),
                parcel("sp-2/1", "sp-2", "quality-upgrade", "0101")), "compiler");
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aPlanGoesFromDraftToMaintenance() {
        consentAndSubmit();
        f.workflow.approve(id, "county-gov", "county", "县政府批复〔2026〕1号");
        assertEquals(PlanState.SUBMITTED, f.workflow.state(id));
        f.workflow.approve(id, "region-nr", "region-nr", "宁自然资〔2026〕9号");
        assertEquals(PlanState.APPROVED, f.workflow.state(id));
        refused(() -> f.workflow.startImplementation(id, "county-gov"), "尚未记录备案「自然资源部备案」（ministry-filing），不能开始实施"
                + " / the filing ministry-filing is not recorded yet; implementation cannot start");
        f.workflow.recordFiling(id, "region-nr", "ministry-filing", "备案号 2026-01");
        f.workflow.startImplementation(id, "county-gov");
        refused(() -> f.workflow.acceptOverall(id, "region-nr", DAY, "验收-1"),
                "尚有 2 个子项目未验收：sp-1、sp-2，不能整体验收 / 2 sub-project(s) not yet accepted: sp-1, sp-2; overall acceptance is not possible");
        refused(() -> f.workflow.acceptSubproject(id, "county-gov", "sp-1", DAY, null, "验收-sp1"),
                "子项目 sp-1 新增耕地，须填写实测新增耕地面积（m²） / sub-project sp-1 creates new cultivated land (耕地): its measured area (m²) is required");
        f.workflow.acceptSubproject(id, "county-gov", "sp-1", DAY, 12345.67, "验收-sp1");
        f.workflow.acceptSubproject(id, "county-gov", "sp-2", DAY, null, "验收-sp2");
        refused(() -> f.workflow.acceptSubproject(id, "county-gov", "sp-9", DAY, null, "x"),
                "子项目 sp-9 不在已批准的方案版本 v1 中 / sub-project sp-9 is not in the approved version v1");
        f.workflow.acceptOverall(id, "region-nr", DAY, "宁自然资验〔2027〕3号");
        refused(() -> f.workflow.recordMaintenance(id, "county-gov", "", 0, null),
                "须明确管护责任主体并落实管护资金（万元，大于 0） / the maintenance owner and funds (万元, > 0) are required");
        f.workflow.recordMaintenance(id, "county-gov", "习岗镇人民政府", 120, "县级财政");
        assertEquals(PlanState.MAINTENANCE, f.workflow.state(id));
        assertEquals(12345.67, f.workflow.acceptances(id).get(0).measuredArea(), 0.005);
        assertEquals(List.of("plan.create", "plan.version.save", "plan.parcels.store", "workflow.record-consent",
                "workflow.confirm-consent", "workflow.submit", "workflow.approve", "workflow.approve", "workflow.record-filing",
                "workflow.start-implementation", "workflow.accept-subproject", "workflow.accept-subproject",
                "workflow.accept-overall", "workflow.record-maintenance"),
                f.audit.entries("plan:" + id).stream().map(e -> e.action()).toList());
        org.junit.jupiter.api.Assertions.assertTrue(f.audit.verify().intact());
    }

    @Test
    void anApprovedPlanIsFrozen() {
        consentAndSubmit();
        f.workflow.approve(id, "county-gov", "county", "批复1");
        f.workflow.approve(id, "region-nr", "region-nr", "批复2");
        long approved = f.plans.plan(id).orElseThrow().approvedVersionId();
        assertEquals(f.plans.version(id, 1).orElseThrow().id(), approved);
        refused(() -> f.plans.saveVersion(id, Fixture.planJson(Map.of("PBF-CAP", "violation")), Map.of(), "recheck", "PBF-CAP 1.0.4"),
                "方案 " + id + " 处于「已批准」状态，版本已冻结，不能修改 / plan " + id + " is approved: its versions are frozen and cannot change");
        assertEquals(1, f.plans.versions(id).size());
        assertEquals("pass", f.plans.version(id, 1).orElseThrow().rules().get(0).outcome());
    }

    @Test
    void submissionIsRefusedWhileTheLatestVersionHasAViolation() {
        f.workflow.recordConsent(id, "village", consent(0.9));
        f.workflow.confirmConsent(id, "compiler", List.of(VILLAGE), 0.67);
        f.plans.saveVersion(id, Fixture.planJson(Map.of("PBF-CAP", "violation", "FARM-NET", "pass")), Map.of(), "compiler", null);
        refused(() -> f.workflow.submit(id, "compiler", CHAIN), "最新版本 v2 有 1 项违规（PBF-CAP），不能报批"
                + " / the latest version v2 has 1 violation(s) (PBF-CAP); it cannot be submitted");
        assertEquals(PlanState.CONSENTED, f.workflow.state(id));
    }

    @Test
    void wrongStatesAreRefused() {
        refused(() -> f.workflow.submit(id, "compiler", CHAIN),
                "方案 " + id + " 处于「草稿」状态，不能报批；须处于「已征得村民同意」状态 / plan " + id + " is draft; submit requires consented");
        refused(() -> f.workflow.approve(id, "county-gov", "county", "x"),
                "方案 " + id + " 处于「草稿」状态，不能审批；须处于「已报批」状态 / plan " + id + " is draft; approve requires submitted");
        refused(() -> f.workflow.startImplementation(id, "county-gov"),
                "方案 " + id + " 处于「草稿」状态，不能开始实施；须处于「已批准」状态 / plan " + id + " is draft; start implementation requires approved");
        refused(() -> f.workflow.acceptSubproject(id, "county-gov", "sp-1", DAY, 1.0, "x"),
                "方案 " + id + " 处于「草稿」状态，不能子项目验收；须处于「实施中」状态 / plan " + id + " is draft; accept sub-project requires implementing");
        refused(() -> f.workflow.recordMaintenance(id, "county-gov", "镇政府", 1, null),
                "方案 " + id + " 处于「草稿」状态，不能落实后期管护；须处于「已整体验收」状态 / plan " + id + " is draft; record maintenance requires accepted");
        consentAndSubmit();
        refused(() -> f.workflow.recordConsent(id, "village", consent(1)), "方案 " + id + " 处于「已报批」状态，不能记录村民同意；"
                + "须处于「草稿」或「已征得村民同意」状态 / plan " + id + " is submitted; record consent requires draft or consented");
    }

    @Test
    void wrongRolesAreRefused() {
        refused(() -> f.workflow.recordConsent(id, "compiler", consent(0.9)), "用户 compiler 无权记录村民同意：须为本村（" + VILLAGE
                + "）村民委员会 / user compiler may not record consent: requires village-committee of village " + VILLAGE);
        f.workflow.recordConsent(id, "village", consent(0.9));
        refused(() -> f.workflow.confirmConsent(id, "other-compiler", List.of(VILLAGE), 0.67), "用户 other-compiler 无权确认村民同意：须为"
                + "本县（640122）县级方案编制人员 / user other-compiler may not confirm consent: requires county-compiler of county 640122");
        f.workflow.confirmConsent(id, "compiler", List.of(VILLAGE), 0.67);
        refused(() -> f.workflow.submit(id, "county-gov", CHAIN), "用户 county-gov 无权报批：须为本县（640122）县级方案编制人员"
                + " / user county-gov may not submit: requires county-compiler of county 640122");
        f.workflow.submit(id, "compiler", CHAIN);
        refused(() -> f.workflow.approve(id, "region-nr", "region-nr", "x"), "待办的审批环节是「县级人民政府」（county），不是 region-nr"
                + " / the pending approval step is county, not region-nr");
        refused(() -> f.workflow.approve(id, "region-nr", "county", "x"), "用户 region-nr 无权审批：须为本县（640122）县级人民政府"
                + " / user region-nr may not approve: requires county-government of county 640122");
        refused(() -> f.workflow.approve(id, "admin", "county", "x"), "用户 admin 无权审批：须为本县（640122）县级人民政府"
                + " / user admin may not approve: requires county-government of county 640122");
        f.workflow.approve(id, "county-gov", "county", "批复1");
        refused(() -> f.workflow.approve(id, "county-gov", "region-nr", "x"), "用户 county-gov 无权审批：须为自治区（640000）region-nr"
                + " 级审批人员 / user county-gov may not approve: requires region-approver at level region-nr of region 640000");
        refused(() -> f.workflow.approve(id, "nobody", "region-nr", "x"), "用户 nobody 不存在 / unknown user nobody");
    }

    @Test
    void consentMustCoverEveryVillageAtTheThreshold() {
        refused(() -> f.workflow.confirmConsent(id, "compiler", List.of(VILLAGE, "640122101202"), 0.67),
                "以下村尚未记录同意：640122101201、640122101202 / no consent recorded for village(s): 640122101201, 640122101202");
        f.workflow.recordConsent(id, "village", consent(0.6));
        refused(() -> f.workflow.confirmConsent(id, "compiler", List.of(VILLAGE), 0.67),
                "村 " + VILLAGE + " 的同意比例 60.0% 低于要求的 67.0% / village " + VILLAGE + " consented at 60.0%, below the required 67.0%");
        assertEquals(PlanState.DRAFT, f.workflow.state(id));
    }

    @Test
    void aRejectedPlanGoesBackToDraftAndCanBeEdited() {
        consentAndSubmit();
        f.workflow.reject(id, "county-gov", "补充踏勘论证意见");
        assertEquals(PlanState.DRAFT, f.workflow.state(id));
        assertNotNull(f.plans.saveVersion(id, Fixture.planJson(Map.of()), Map.of(), "compiler", "revised"));
    }

    private void consentAndSubmit() {
        f.workflow.recordConsent(id, "village", consent(0.9));
        f.workflow.confirmConsent(id, "compiler", List.of(VILLAGE), 0.67);
        f.workflow.submit(id, "compiler", CHAIN);
    }

    private static Consent consent(double ratio) {
        return new Consent(VILLAGE, "新华村", ConsentBody.VILLAGE_COMMITTEE, DAY, "村民代表会议决议 2026-3", ratio, null);
    }

    private void refused(Executable action, String message) {
        long entries = f.audit.verify().entries();
        assertEquals(message, assertThrows(StoreException.class, action).getMessage());
        assertEquals(entries, f.audit.verify().entries(), "a refused action leaves no audit entry");
    }

    private static ChangeParcel parcel(String id, String subproject, String kind, String toDLBM) {
        try {
            return new ChangeParcel(id, subproject, subproject, "farmland", kind, toDLBM, null, 0, "measured", null, null,
                    Map.of(), PlanStoreTest.wkt("POLYGON((0 0,10 0,10 10,0 10,0 0))"));
        } catch (org.locationtech.jts.io.ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
