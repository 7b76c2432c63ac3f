package org.landcon.itests;

import java.util.Map;

import org.landcon.api.model.PlanPackage;
import org.landcon.spatial.plan.PlanPackageBuilder;

/**
 * A small Ningxia township for whole-runtime tests: four 100 m × 100 m 图斑 in a row and one change
 * parcel per content type, none overlapping.
 */
final class Plans {
    private Plans() {
    }

    static String square(double x0, double y0, double size) {
        return String.format(java.util.Locale.ROOT, "POLYGON((%1$.1f %2$.1f, %3$.1f %2$.1f, %3$.1f %4$.1f, %1$.1f %4$.1f, %1$.1f %2$.1f))",
                x0, y0, x0 + size, y0 + size);
    }

    static PlanPackage township() {
        double x = 35_550_000, y = 4_260_000;
        PlanPackageBuilder b = new PlanPackageBuilder("640122101", "640000", "EPSG:4523");
        b.land("T1", "0102", square(x, y, 100), 500, Map.of("GDDB", 8));
        b.land("T2", "0702", square(x + 100, y, 100), 0, Map.of("CZCSXM", "203"));
        b.land("T3", "0404", square(x + 200, y, 100), 0, null);
        b.land("T4", "0301", square(x + 300, y, 100), 0, null);
        b.control("YJJBNT", "J1", square(x, y, 100));
        b.emptyControl("STBHHX");
        b.emptyControl("CZKFBJ");
        b.parcel("F1", square(x + 10, y + 10, 30), Map.of("type", "farmland", "kind", "quality-upgrade", "subproject", "SP-F", "toGrade", 7));
        b.parcel("C1", square(x + 110, y + 10, 30), Map.of("type", "construction", "kind", "idle-land", "subproject", "SP-C"));
        b.parcel("E1", square(x + 210, y + 10, 30), Map.of("type", "ecology", "kind", "greening", "subproject", "SP-E", "toDLBM", "0301"));
        b.parcel("I1", square(x + 310, y + 10, 30), Map.of("type", "industry", "kind", "facility-agriculture", "subproject", "SP-I"));
        return b.build();
    }
}
