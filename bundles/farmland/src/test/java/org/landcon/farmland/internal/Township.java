package org.landcon.farmland.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.landcon.api.model.ApprovalStep;
import org.landcon.api.model.PlanPackage;
import org.landcon.api.region.RegionalPolicy;
import org.landcon.spatial.plan.OverlaidPlan;
import org.landcon.spatial.plan.PlanPackageBuilder;

/**
 * A test township in EPSG:4523 (x ≈ 35 500 000, y ≈ 4 200 000): rectangles given as offsets in
 * metres from the origin, so that a 100 × 100 square is 10 000 m² = 1 公顷 = 15 亩.
 */
final class Township {
    static final double X0 = 35_500_000;
    static final double Y0 = 4_200_000;

    private final PlanPackageBuilder builder = new PlanPackageBuilder("640122101", "640000", "EPSG:4523");

    /** WKT of the rectangle [x, x + w] × [y, y + h] (offsets in metres). */
    static String rect(double x, double y, double w, double h) {
        double ax = X0 + x;
        double ay = Y0 + y;
        return String.format(Locale.ROOT, "POLYGON ((%.3f %.3f, %.3f %.3f, %.3f %.3f, %.3f %.3f, %.3f %.3f))", ax, ay,
                ax + w, ay, ax + w, ay + h, ax, ay + h, ax, ay);
    }

    /** A 100 × 100 地类图斑 at (x, y); {@code attrs} as key, value pairs (GDDB, GDPDJB, TBMJ …). */
    Township land(String bsm, String dlbm, double x, double y, Object... attrs) {
        return land(bsm, dlbm, rect(x, y, 100, 100), 0, attrs);
    }

    Township land(String bsm, String dlbm, String wkt, double kcmj, Object... attrs) {
        builder.land(bsm, dlbm, wkt, kcmj, map(attrs));
        return this;
    }

    /** A farmland change parcel of {@code kind}; {@code props} as key, value pairs. */
    Township farmland(String id, String kind, String wkt, Object... props) {
        Map<String, Object> p = map(props);
        p.put("type", "farmland");
        p.put("kind", kind);
        p.putIfAbsent("subproject", "SP-" + kind);
        builder.parcel(id, wkt, p);
        return this;
    }

    /** A change parcel of another content type. */
    Township other(String id, String type, String kind, String wkt, Object... props) {
        Map<String, Object> p = map(props);
        p.put("type", type);
        p.put("kind", kind);
        builder.parcel(id, wkt, p);
        return this;
    }

    Township control(String layer, String id, String wkt) {
        builder.control(layer, id, wkt);
        return this;
    }

    PlanPackage pkg() {
        return builder.build();
    }

    /** The overlaid plan with no regional policy deployed. */
    OverlaidPlan plan() {
        PlanPackage pkg = pkg();
        return new OverlaidPlan(pkg, pkg.changeParcels(), Optional.empty());
    }

    /** The overlaid plan with a policy whose PBF cap is {@code cap}. */
    OverlaidPlan plan(double cap) {
        PlanPackage pkg = pkg();
        return new OverlaidPlan(pkg, pkg.changeParcels(), Optional.of(new Cap(cap)));
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** A regional policy that only sets the PBF cap (the real ones live in region bundles). */
    private record Cap(double cap) implements RegionalPolicy {
        @Override
        public String regionCode() {
            return "640000";
        }

        @Override
        public String nameZh() {
            return "测试区";
        }

        @Override
        public String nameEn() {
            return "test region";
        }

        @Override
        public double pbfAdjustmentCap() {
            return cap;
        }

        @Override
        public double udbTolerance() {
            return 0;
        }

        @Override
        public double consentThreshold() {
            return 0;
        }

        @Override
        public List<ApprovalStep> approvalChain(boolean quotaLeavesCounty, boolean pbfAdjusted) {
            return List.of();
        }
    }
}
