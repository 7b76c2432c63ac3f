package org.landcon.spatial.io.internal;

import java.math.BigDecimal;
import java.util.List;

import org.landcon.api.model.Problem;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.Puntal;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Checks one feature's geometry: present, not empty, of the layer's kind (polygons, or points for
 * 古树名木), and valid by JTS {@link IsValidOp} (OGC rules), reporting the reason and the location.
 */
final class GeometryCheck {

    private static final String[] REASONS_ZH = { "拓扑错误", "重复点", "洞在外环之外", "洞相互嵌套", "内部不连通",
        "自相交", "环自相交", "外环相互嵌套", "重复的环", "点数过少", "坐标无效", "环未闭合" };

    private GeometryCheck() {
    }

    /** Adds a problem and returns false when the geometry is not usable. */
    static boolean check(Geometry g, boolean points, String file, String feature, List<Problem> problems) {
        if (g == null || g.isEmpty()) {
            problems.add(Problem.error(file, feature, null, "几何图形为空", "the geometry is empty"));
            return false;
        }
        if (points ? !(g instanceof Puntal) : !(g instanceof Polygonal)) {
            String want = points ? "点（Point）" : "面（Polygon 或 MultiPolygon）";
            String wantEn = points ? "a point" : "a polygon";
            problems.add(Problem.error(file, feature, null, "几何类型应为" + want + "，实际为 " + g.getGeometryType(),
                    "the geometry must be " + wantEn + ", found " + g.getGeometryType()));
            return false;
        }
        TopologyValidationError e = new IsValidOp(g).getValidationError();
        if (e == null) {
            return true;
        }
        String at = at(e.getCoordinate());
        String zh = e.getErrorType() >= 0 && e.getErrorType() < REASONS_ZH.length ? REASONS_ZH[e.getErrorType()]
                : e.getMessage();
        problems.add(Problem.error(file, feature, null, "几何图形无效：" + zh + "，位置 " + at,
                "invalid geometry: " + e.getMessage() + " at " + at));
        return false;
    }

    private static String at(Coordinate c) {
        if (c == null) {
            return "(?)";
        }
        return "(" + plain(c.x) + ", " + plain(c.y) + ")";
    }

    private static String plain(double v) {
        return Double.isFinite(v) ? new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString()
                : String.valueOf(v);
    }
}
