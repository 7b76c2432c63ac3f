package org.landcon.examples.region.gansu.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The configurable parameters of {@link GansuPolicy} (pid {@value GansuPolicy#PID}). The defaults
 * are illustrative, chosen to differ from Ningxia's; a deployment sets the province's real figures
 * through ConfigAdmin.
 */
@ObjectClassDefinition(id = GansuPolicy.PID, name = "甘肃省全域土地综合整治政策参数（示例） / Gansu policy (example)",
        description = "示例参数，非正式政策 / illustrative parameters, not the official policy")
public @interface GansuPolicyConfig {

    @AttributeDefinition(name = "永久基本农田调整规模上限 / PBF adjustment cap",
            description = "占乡镇永久基本农田划定面积的比例 0–1（示例：3%） / share of the designated PBF area (example: 3 %)",
            min = "0", max = "1")
    double pbfAdjustmentCap() default GansuPolicy.DEFAULT_PBF_CAP;

    @AttributeDefinition(name = "城镇开发边界面积容差 / UDB area tolerance",
            description = "允许的相对变化 0–1（示例：0） / tolerated relative change (example: 0)", min = "0", max = "1")
    double udbTolerance() default GansuPolicy.DEFAULT_UDB_TOLERANCE;

    @AttributeDefinition(name = "搬迁村民同意比例下限 / consent threshold",
            description = "受影响农户同意比例 0–1（示例：0.8） / share of households consenting (example: 0.8)",
            min = "0", max = "1")
    double consentThreshold() default GansuPolicy.DEFAULT_CONSENT;

    @AttributeDefinition(name = "禁止调出的最低坡度级别 / lowest slope class barred from PBF out",
            description = "GS-PBF-STRICT：调出永久基本农田不得位于该坡度级别及以上（示例：4，即 > 15°） / "
                    + "GS-PBF-STRICT: no PBF out on this GDPDJB or steeper (example: 4, i.e. over 15°)",
            min = "1", max = "5")
    int steepSlopeClass() default GansuPolicy.DEFAULT_STEEP_CLASS;
}
