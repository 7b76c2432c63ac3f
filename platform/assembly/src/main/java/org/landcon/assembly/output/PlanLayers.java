package org.landcon.assembly.output;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.landcon.api.model.AssembledPlan;
import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.LandParcel;
import org.landcon.api.model.OverlayPiece;
import org.landcon.api.model.Outcome;
import org.landcon.api.model.PlanPackage;
import org.landcon.api.model.Verdict;
import org.landcon.spatial.io.Crs;
import org.landcon.spatial.io.Feature;
import org.landcon.spatial.io.FeatureLayer;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * The plan's layers after assembly, with the official field names:
 * <ul>
 * <li>{@code DLTB_ZZQ} 整治前地类图斑: the survey as given;</li>
 * <li>{@code DLTB_ZZH} 整治后地类图斑: untouched 图斑 as they are; a touched 图斑 split into the part
 * no change parcel covers (its class kept) and one piece per change parcel with the class after,
 * each carrying TBMJ = the official area it stands for;</li>
 * <li>{@code BHDK} 变化地块: the change parcels with their properties and the rules they violate;</li>
 * <li>{@code WTDK} 问题地块: the features named by violations, with the rule ids.</li>
 * </ul>
 */
public final class PlanLayers {

    private PlanLayers() {
    }

    public static Map<String, FeatureLayer> of(AssembledPlan plan, PlanPackage pkg) {
        Crs crs = Crs.of(plan.unit().srid());
        Map<String, List<String>> violations = violationsByFeature(plan.verdicts());
        Map<String, FeatureLayer> layers = new LinkedHashMap<>();
        layers.put("DLTB_ZZQ", FeatureLayer.of("DLTB_ZZQ", crs, survey(pkg.landParcels())));
        layers.put("DLTB_ZZH", FeatureLayer.of("DLTB_ZZH", crs, after(plan, pkg)));
        layers.put("BHDK", FeatureLayer.of("BHDK", crs, parcels(pkg.changeParcels(), violations)));
        layers.put("WTDK", FeatureLayer.of("WTDK", crs, findings(pkg, violations)));
        return layers;
    }

    static Map<String, List<String>> violationsByFeature(List<Verdict> verdicts) {
        Map<String, List<String>> out = new HashMap<>();
        for (Verdict v : verdicts) {
            if (v.outcome() == Outcome.VIOLATION) {
                v.features().forEach(f -> out.computeIfAbsent(f, k -> new ArrayList<>()).add(v.rule()));
            }
        }
        return out;
    }

    private static List<Feature> survey(List<LandParcel> land) {
        return land.stream().map(p -> new Feature(p.BSM(), landAttributes(p), p.geometry())).toList();
    }

    private static Map<String, Object> landAttributes(LandParcel p) {
        Map<String, Object> m = new LinkedHashMap<>(p.attributes());
        m.put("BSM", p.BSM());
        m.put("DLBM", p.DLBM());
        m.put("TBMJ", round(p.TBMJ()));
        m.put("KCMJ", round(p.KCMJ()));
        m.put("TBDLMJ", round(p.TBDLMJ()));
        return m;
    }

    private static List<Feature> after(AssembledPlan plan, PlanPackage pkg) {
        Map<String, List<OverlayPiece>> byBsm = plan.pieces().stream().collect(Collectors.groupingBy(OverlayPiece::BSM));
        Map<String, ChangeParcel> parcels = pkg.changeParcels().stream()
                .collect(Collectors.toMap(ChangeParcel::id, p -> p, (a, b) -> a));
        List<Feature> out = new ArrayList<>();
        for (LandParcel land : pkg.landParcels()) {
            List<OverlayPiece> pieces = byBsm.get(land.BSM());
            if (pieces == null) {
                out.add(new Feature(land.BSM(), landAttributes(land), land.geometry()));
                continue;
            }
            List<Geometry> covered = new ArrayList<>();
            double fraction = 0;
            for (OverlayPiece piece : pieces) {
                Geometry g = OverlayNGRobust.overlay(land.geometry(), parcels.get(piece.parcel()).geometry(),
                        OverlayNG.INTERSECTION);
                covered.add(g);
                fraction += piece.fraction();
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("BSM", land.BSM() + "-" + piece.parcel());
                m.put("YBSM", land.BSM());
                m.put("DLBM", piece.toDLBM());
                m.put("YDLBM", piece.fromDLBM());
                m.put("TBMJ", round(piece.inArea() + piece.inDeduction()));
                m.put("KCMJ", round(piece.inDeduction()));
                m.put("TBDLMJ", round(piece.inArea()));
                m.put("BHDKBH", piece.parcel());
                out.add(new Feature(land.BSM() + "-" + piece.parcel(), m, g));
            }
            Geometry rest = OverlayNGRobust.overlay(land.geometry(), UnaryUnionOp.union(covered), OverlayNG.DIFFERENCE);
            if (!rest.isEmpty() && rest.getArea() > 0.01) {
                Map<String, Object> m = landAttributes(land);
                double keep = Math.max(0, 1 - fraction);
                m.put("TBMJ", round(land.TBMJ() * keep));
                m.put("KCMJ", round(land.KCMJ() * keep));
                m.put("TBDLMJ", round(land.TBDLMJ() * keep));
                out.add(new Feature(land.BSM(), m, rest));
            }
        }
        return out;
    }

    private static List<Feature> parcels(List<ChangeParcel> parcels, Map<String, List<String>> violations) {
        return parcels.stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            p.properties().forEach((k, v) -> m.put(k, v instanceof Map<?, ?> || v instanceof List<?> ? v.toString() : v));
            m.put("WGGZ", String.join(",", violations.getOrDefault(p.id(), List.of())));
            return new Feature(p.id(), m, p.geometry());
        }).toList();
    }

    private static List<Feature> findings(PlanPackage pkg, Map<String, List<String>> violations) {
        Set<String> named = violations.keySet();
        List<Feature> out = new ArrayList<>();
        for (ChangeParcel p : pkg.changeParcels()) {
            if (named.contains(p.id())) {
                out.add(finding(p.id(), "BHDK", violations.get(p.id()), p.geometry()));
            }
        }
        for (LandParcel l : pkg.landParcels()) {
            if (named.contains(l.BSM())) {
                out.add(finding(l.BSM(), "DLTB", violations.get(l.BSM()), l.geometry()));
            }
        }
        return out;
    }

    private static Feature finding(String id, String layer, List<String> rules, Geometry g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("YSBH", id);
        m.put("TC", layer);
        m.put("WGGZ", String.join(",", rules));
        return new Feature(id, m, g);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
