package org.landcon.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.landcon.api.model.ApprovalStep;
import org.landcon.api.model.PlanPackage;
import org.landcon.api.region.RegionalPolicy;
import org.landcon.spatial.plan.OverlaidPlan;
import org.landcon.spatial.plan.PlanPackageBuilder;

/**
 * Hand-made plans for rule tests, in EPSG:4523 (zone 35 with prefix): squares near x = 35 500 000,
 * y = 4 200 000, of township 640122101 in county 640122, region 640000.
 */
public final class Plans {
    public static final double X = 35_500_000;
    public static final double Y = 4_200_000;

    private Plans() {
    }

    /** A plan of township 640122101 (county 640122, region 640000). */
    public static PlanPackageBuilder builder() {
        return new PlanPackageBuilder("640122101", "640000", "EPSG:4523");
    }

    /** The WKT of the rectangle [x, x + w] × [y, y + h], offsets in metres from (X, Y). */
    public static String rect(double x, double y, double w, double h) {
        double x0 = X + x;
        double y0 = Y + y;
        return String.format(java.util.Locale.ROOT, "POLYGON ((%.3f %.3f, %.3f %.3f, %.3f %.3f, %.3f %.3f, %.3f %.3f))",
                x0, y0, x0 + w, y0, x0 + w, y0 + h, x0, y0 + h, x0, y0);
    }

    public static String square(double x, double y, double size) {
        return rect(x, y, size, size);
    }

    public static String point(double x, double y) {
        return String.format(java.util.Locale.ROOT, "POINT (%.3f %.3f)", X + x, Y + y);
    }

    /** Properties from key, value pairs; a null value leaves the property out, as a file without it. */
    public static Map<String, Object> props(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            if (kv[i + 1] != null) {
                m.put((String) kv[i], kv[i + 1]);
            }
        }
        return m;
    }

    public static OverlaidPlan overlay(PlanPackageBuilder b) {
        PlanPackage pkg = b.build();
        return new OverlaidPlan(pkg, pkg.changeParcels(), Optional.empty());
    }

    public static OverlaidPlan overlay(PlanPackageBuilder b, RegionalPolicy policy) {
        PlanPackage pkg = b.build();
        return new OverlaidPlan(pkg, pkg.changeParcels(), Optional.of(policy));
    }

    /** A region's policy with the given UDB tolerance and consent threshold. */
    public record TestPolicy(double udbTolerance, double consentThreshold) implements RegionalPolicy {
        @Override
        public String regionCode() {
            return "640000";
        }

        @Override
        public String nameZh() {
            return "宁夏回族自治区";
        }

        @Override
        public String nameEn() {
            return "Ningxia";
        }

        @Override
        public double pbfAdjustmentCap() {
            return 0.05;
        }

        @Override
        public List<ApprovalStep> approvalChain(boolean quotaLeavesCounty, boolean pbfAdjusted) {
            return List.of();
        }
    }
}
