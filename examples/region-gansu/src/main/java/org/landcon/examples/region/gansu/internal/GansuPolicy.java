package org.landcon.examples.region.gansu.internal;

import java.util.ArrayList;
import java.util.List;

import org.landcon.api.model.ApprovalStep;
import org.landcon.api.region.RegionalPolicy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/**
 * 甘肃省 (620000), an example of a regional module. The figures are <b>illustrative</b>, not
 * Gansu's official policy: PBF adjustment cap 3 % (Ningxia: 5 %), UDB tolerance 0, consent
 * threshold 0.8 (Ningxia: 2/3). Each is overridable through ConfigAdmin ({@link GansuPolicyConfig}).
 * Approval chain: 县级人民政府 → 省自然资源厅; + 省人民政府 when 节余指标 leave the county;
 * + 自然资源部备案 when 永久基本农田 is adjusted. The level ids are those the platform's roles know.
 */
@Component(configurationPid = GansuPolicy.PID, property = RegionalPolicy.REGION + "=" + GansuPolicy.CODE)
@Designate(ocd = GansuPolicyConfig.class)
public final class GansuPolicy implements RegionalPolicy {
    static final String PID = "org.landcon.examples.region.gansu";
    static final String CODE = "620000";
    static final double DEFAULT_PBF_CAP = 0.03;
    static final double DEFAULT_UDB_TOLERANCE = 0.0;
    static final double DEFAULT_CONSENT = 0.8;
    static final int DEFAULT_STEEP_CLASS = 4;

    private static final ApprovalStep COUNTY = new ApprovalStep("county", "县级人民政府", "county people's government", false);
    private static final ApprovalStep PROVINCE_NR = new ApprovalStep("region-nr", "甘肃省自然资源厅",
            "Department of Natural Resources of Gansu Province", false);
    private static final ApprovalStep PROVINCE_GOV = new ApprovalStep("region-gov", "甘肃省人民政府",
            "People's Government of Gansu Province", false);
    private static final ApprovalStep MINISTRY_FILING = new ApprovalStep("ministry-filing", "自然资源部备案",
            "filing with the Ministry of Natural Resources", true);

    private final double pbfAdjustmentCap;
    private final double udbTolerance;
    private final double consentThreshold;

    @Activate
    public GansuPolicy(GansuPolicyConfig config) {
        this(config.pbfAdjustmentCap(), config.udbTolerance(), config.consentThreshold());
    }

    /** With the illustrative defaults. */
    public GansuPolicy() {
        this(DEFAULT_PBF_CAP, DEFAULT_UDB_TOLERANCE, DEFAULT_CONSENT);
    }

    public GansuPolicy(double pbfAdjustmentCap, double udbTolerance, double consentThreshold) {
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
        return "甘肃省";
    }

    @Override
    public String nameEn() {
        return "Gansu Province";
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
        List<ApprovalStep> steps = new ArrayList<>(List.of(COUNTY, PROVINCE_NR));
        if (quotaLeavesCounty) {
            steps.add(PROVINCE_GOV);
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
