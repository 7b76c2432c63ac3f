package org.landcon.region.ningxia.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The configurable parameters of {@link NingxiaPolicy} (pid {@value NingxiaPolicy#PID}). The
 * defaults are those of the draft implementation opinions (征求意见稿); a deployment overrides them
 * through ConfigAdmin when the final text differs.
 */
@ObjectClassDefinition(id = NingxiaPolicy.PID, name = "宁夏全域土地综合整治政策参数 / Ningxia land consolidation policy",
        description = "永久基本农田调整上限、城镇开发边界容差、村民同意比例 / PBF cap, UDB tolerance, consent threshold")
public @interface NingxiaPolicyConfig {

    /** 条十一: 调整规模原则上不得超过所涉乡镇永久基本农田划定面积的5%. */
    @AttributeDefinition(name = "永久基本农田调整规模上限 / PBF adjustment cap",
            description = "占乡镇永久基本农田划定面积的比例 0–1（条十一：5%） / share of the designated PBF area (art. 11: 5 %)",
            min = "0", max = "1")
    double pbfAdjustmentCap() default NingxiaPolicy.DEFAULT_PBF_CAP;

    /** 条十: 城镇开发边界基本稳定 — no growth of the boundary's area. */
    @AttributeDefinition(name = "城镇开发边界面积容差 / UDB area tolerance",
            description = "允许的相对变化 0–1（条十：基本稳定，默认 0） / tolerated relative change (art. 10: stable, default 0)",
            min = "0", max = "1")
    double udbTolerance() default NingxiaPolicy.DEFAULT_UDB_TOLERANCE;

    /**
     * 条十六 names no figure: 2/3, the 村民会议 rule of the 村民委员会组织法, is the regional default.
     */
    @AttributeDefinition(name = "搬迁村民同意比例下限 / consent threshold",
            description = "受影响农户同意比例 0–1（征求意见稿未定，默认 2/3） / share of households consenting (draft: none, default 2/3)",
            min = "0", max = "1")
    double consentThreshold() default NingxiaPolicy.DEFAULT_CONSENT;
}
