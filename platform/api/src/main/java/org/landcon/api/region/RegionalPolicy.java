package org.landcon.api.region;

import java.util.List;

import org.landcon.api.model.ApprovalStep;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A region's (province's) parameters of the rules: caps, tolerances, thresholds and the approval
 * chain. Register as an OSGi service with the property {@link #REGION} = the region code
 * (e.g. {@code 640000}); implementations should make every value overridable through ConfigAdmin.
 * Nothing regional is hard-coded in the core or in content bundles.
 */
@ConsumerType
public interface RegionalPolicy {

    /** Service property: the region code (String), e.g. {@code 640000}. */
    String REGION = "landcon.region";

    /** The region code, 6 digits. */
    String regionCode();

    /** The region's name in Chinese, e.g. 宁夏回族自治区. */
    String nameZh();

    /** The region's name in English. */
    String nameEn();

    /** Cap of the PBF adjustment as a share of the township's designated PBF area (0.05 = 5 %). */
    double pbfAdjustmentCap();

    /** Tolerated relative change of the urban development boundary's area (0 = none). */
    double udbTolerance();

    /** Minimum share of affected households consenting to a relocation (0–1). */
    double consentThreshold();

    /**
     * The approval chain of a plan (条八).
     *
     * @param quotaLeavesCounty {@code true} when 节余指标 are transferred outside the county
     * @param pbfAdjusted       {@code true} when the plan adjusts 永久基本农田
     * @return the steps in order
     */
    List<ApprovalStep> approvalChain(boolean quotaLeavesCounty, boolean pbfAdjusted);
}
