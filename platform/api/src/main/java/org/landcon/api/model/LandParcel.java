package org.landcon.api.model;

import java.util.Map;

import org.locationtech.jts.geom.Geometry;

/**
 * 地类图斑 (DLTB): one polygon of the 三调 / 年度变更调查 land-use survey. Component names are the
 * official field names of the survey schema.
 *
 * @param BSM        标识码, the feature's stable identifier
 * @param DLBM       地类编码, land class code (e.g. {@code 0101}, {@code 0201K}, {@code 1104A})
 * @param TBMJ       图斑面积 in m² (the official, ellipsoidal area)
 * @param KCMJ       扣除面积 in m² (田坎 and other deductions, counted as class 1203)
 * @param TBDLMJ     图斑地类面积 in m² = TBMJ − KCMJ, counted as class {@code DLBM}
 * @param GDDB       耕地质量等别 1–15 (1 best), or {@code null}
 * @param GDLX       耕地类型: {@code TT} 梯田, {@code PD} 坡地, or {@code null}
 * @param GDPDJB     耕地坡度级别 1–5, or {@code null}
 * @param CZCSXM     城镇村属性码 (201, 202, 203 …), or {@code null}
 * @param QSDWDM     权属单位代码 (the owning village)
 * @param QSDWMC     权属单位名称
 * @param attributes every attribute of the feature as read, by field name
 * @param geometry   the polygon, in the unit's CRS
 */
public record LandParcel(String BSM, String DLBM, double TBMJ, double KCMJ, double TBDLMJ, Integer GDDB,
        String GDLX, Integer GDPDJB, String CZCSXM, String QSDWDM, String QSDWMC, Map<String, Object> attributes,
        Geometry geometry) {

    public LandParcel {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
