package org.landcon.examples.region.gansu.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.LandParcel;
import org.landcon.api.model.OverlayPiece;
import org.landcon.api.plan.PlanView;

/**
 * The 永久基本农田调出 ({@code farmland} parcels of kind {@code pbf-out}) of a plan, measured by the
 * accounting convention: area = Σ official area (f × TBMJ) of their overlay pieces; the steep part
 * = the pieces on 地类图斑 whose 耕地坡度级别 GDPDJB is at least {@code steepClass}.
 */
record PbfOut(List<ChangeParcel> parcels, double area, double steepArea, Set<String> steepParcels) {
    static final String TYPE = "farmland";
    static final String KIND = "pbf-out";

    static PbfOut of(PlanView plan, int steepClass) {
        List<ChangeParcel> out = plan.changeParcels(TYPE).stream().filter(p -> KIND.equals(p.kind())).toList();
        Map<String, LandParcel> survey = plan.landParcels().stream()
                .collect(Collectors.toMap(LandParcel::BSM, Function.identity(), (a, b) -> a));
        double area = 0;
        double steep = 0;
        Set<String> steepIds = new LinkedHashSet<>();
        for (ChangeParcel p : out) {
            for (OverlayPiece piece : plan.pieces(p.id())) {
                area += piece.officialArea();
                LandParcel land = survey.get(piece.BSM());
                if (land != null && land.GDPDJB() != null && land.GDPDJB() >= steepClass) {
                    steep += piece.officialArea();
                    steepIds.add(p.id());
                }
            }
        }
        return new PbfOut(out, area, steep, steepIds);
    }

    boolean isEmpty() {
        return parcels.isEmpty();
    }
}
