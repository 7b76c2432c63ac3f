package org.landcon.spatial.io.internal;

import java.util.List;

import org.landcon.api.model.Problem;
import org.landcon.spatial.io.Crs;
import org.landcon.spatial.io.FeatureLayer;

/**
 * Every layer must be in the unit's CRS: a layer with no CRS takes the unit's; a legacy CRS (Xian
 * 1980, Beijing 1954) is flagged with a warning; an unrecognised CRS or another one is an error,
 * because this version does not reproject.
 */
final class LayerCrsCheck {

    private LayerCrsCheck() {
    }

    /** @param unitEpsg the unit's EPSG code, or 0 when unit.json gave none (then only the layer is checked) */
    static void check(FeatureLayer layer, int unitEpsg, List<Problem> problems) {
        Crs crs = layer.crs();
        String file = layer.file();
        if (crs == null) {
            return;
        }
        if (!crs.recognised()) {
            problems.add(Problem.error(file, null, null, "无法识别图层的坐标系“" + crs.name()
                    + "”；应为 CGCS2000（EPSG:4490 或 4513–4554）", "the layer's CRS \"" + crs.name()
                    + "\" is not recognised; expected CGCS2000 (EPSG:4490 or 4513–4554)"));
            return;
        }
        KnownCrs known = KnownCrs.byEpsg(crs.epsg());
        if (crs.legacy() && known != null) {
            problems.add(Problem.warning(file, null, null, "图层使用旧坐标系 " + known.datum().nameZh() + "（" + crs.code()
                    + "），应转换到 CGCS2000", "the layer uses the legacy " + known.datum().nameEn() + " CRS ("
                    + crs.code() + "); convert it to CGCS2000"));
        }
        if (unitEpsg > 0 && crs.epsg() != unitEpsg) {
            problems.add(Problem.error(file, null, null, "图层坐标系 " + crs.code() + " 与单元坐标系 EPSG:" + unitEpsg
                    + " 不一致；本版本不做坐标转换，请先将图层转换到 EPSG:" + unitEpsg, "the layer is in " + crs.code()
                    + " but the unit is in EPSG:" + unitEpsg + "; this version does not reproject: convert the "
                    + "layer to EPSG:" + unitEpsg + " first"));
        }
    }
}
