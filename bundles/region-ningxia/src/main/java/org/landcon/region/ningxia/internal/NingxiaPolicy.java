package org.landcon.region.ningxia.internal;

import java.util.ArrayList;
import java.util.List;

import org.landcon.api.model.ApprovalStep;
import org.landcon.api.region.RegionalPolicy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/**
 * 宁夏回族自治区 (640000): the regional parameters of the rules, after the draft implementation
 * opinions (征求意见稿). Defaults, each overridable through ConfigAdmin ({@link NingxiaPolicyConfig}):
 * <ul>
 * <li>PBF adjustment cap 5 % of the township's designated PBF area (条十一);</li>
 * <li>UDB tolerance 0: 城镇开发边界基本稳定 read as no growth of its area (条十);</li>
 * <li>consent threshold 2/3 (0.6667) of the households concerned: the draft gives no figure
 * (条十六 only forbids acting against the villagers' will); 2/3 is the 村民会议 rule of the
 * 村民委员会组织法, kept here as a regional parameter.</li>
 * </ul>
 * Approval chain (条八): 县级人民政府 compiles and submits → 自治区自然资源厅 approves; + 自治区人民政府
 * approves when 节余指标 leave the county; + 自然资源部 备案 (a filing, not an approval) when 永久基本农田
 * is adjusted.
 */
@Component(configurationPid = NingxiaPolicy.PID, property = RegionalPolicy.REGION + "=" + NingxiaPolicy.CODE)
@Designate(ocd = NingxiaPolicyConfig.class)
public final class NingxiaPolicy implements RegionalPolicy {
    static final String PID = "org.landcon.region.ningxia";
    static final String CODE = "640000";
    static final double DEFAULT_PBF_CAP = 0.05;
    static final double DEFAULT_UDB_TOLERANCE = 0.0;
    static final double DEFAULT_CONSENT = 0.6667;

    static final ApprovalStep COUNTY = new ApprovalStep("county", "县级人民政府", "county people's government", false);
    static final ApprovalStep REGION_NR = new ApprovalStep("region-nr", "自治区自然资源厅",
            "Department of Natural Resources of the Ningxia Hui Autonomous Region", false);
    static final ApprovalStep REGION_GOV = new ApprovalStep("region-gov", "自治区人民政府",
            "People's Government of the Ningxia Hui Autonomous Region", false);
    static final ApprovalStep MINISTRY_FILING = new ApprovalStep("ministry-filing", "自然资源部备案",
            "filing with the Ministry of Natural Resources", true);

    private final double pbfAdjustmentCap;
    private final double udbTolerance;
    private final double consentThreshold;

    @Activate
    public NingxiaPolicy(NingxiaPolicyConfig config) {
        this(config.pbfAdjustmentCap(), config.udbTolerance(), config.consentThreshold());
    }

    /** With the draft's defaults. */
    public NingxiaPolicy() {
        this(DEFAULT_PBF_CAP, DEFAULT_UDB_TOLERANCE, DEFAULT_CONSENT);
    }

    public NingxiaPolicy(double pbfAdjustmentCap, double udbTolerance, double consentThreshold) {
        this.pbfAdjustmentCap = share("pbfAdjustmentCap", pbfAdjustmentCap);
        this.udbTolerance = share("udbTolerance", udbTolerance);
        this.consentThreshold = share("consentThreshold", consentThreshold);
    }

    @Override
    public String regionCode() {
        return CODE;
    }

    @Override
    public String nameZh() {
        return "宁夏回族自治区";
    }

    @Override
    public String nameEn() {
        return "Ningxia Hui Autonomous Region";
    }

    @Override
    public double pbfAdjustmentCap() {
        return pbfAdjustmentCap;
    }

    @Override
    public double udbTolerance() {
        return udbTolerance;
    }

    @Override
    public double consentThreshold() {
        return consentThreshold;
    }

    @Override
    public List<ApprovalStep> approvalChain(boolean quotaLeavesCounty, boolean pbfAdjusted) {
        List<ApprovalStep> steps = new ArrayList<>(List.of(COUNTY, REGION_NR));
        if (quotaLeavesCounty) {
            steps.add(REGION_GOV);
        }
        if (pbfAdjusted) {
            steps.add(MINISTRY_FILING);
        }
        return List.copyOf(steps);
    }

    private static double share(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(PID + ": " + name + " must be within 0–1, got " + value);
        }
        return value;
    }
}
