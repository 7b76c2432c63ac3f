package org.landcon.report.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.OverlayPiece;
import org.landcon.api.plan.LandClasses;

/**
 * What each sub-project does to the survey, summed over its overlay pieces by the accounting
 * convention (m²): official area (f × TBMJ), 耕地 it covers, 耕地 it creates from other classes, and
 * construction land it reduces net (taken out of 建设用地 minus put into it from other classes).
 */
public final class SubprojectOverlay {

    /** The sums of one sub-project, m². */
    public record Sums(double official, double cultivatedTouched, double newCultivated, double constructionReduced) {

        static final Sums ZERO = new Sums(0, 0, 0, 0);

        Sums plus(OverlayPiece p) {
            boolean fromCultivated = LandClasses.isCultivated(p.fromDLBM());
            boolean toCultivated = LandClasses.isCultivated(p.toDLBM());
            boolean fromConstruction = LandClasses.isConstruction(p.fromDLBM());
            boolean toConstruction = LandClasses.isConstruction(p.toDLBM());
            double reduced = (fromConstruction && !toConstruction ? p.outArea() : 0)
                    - (toConstruction && !fromConstruction ? p.inArea() : 0);
            return new Sums(official + p.officialArea(), cultivatedTouched + (fromCultivated ? p.outArea() : 0),
                    newCultivated + (toCultivated && !fromCultivated ? p.inArea() : 0), constructionReduced + reduced);
        }
    }

    private final Map<String, Sums> bySubproject = new HashMap<>();

    public SubprojectOverlay(List<ChangeParcel> parcels, List<OverlayPiece> pieces) {
        Map<String, String> subprojectOf = new HashMap<>();
        parcels.forEach(p -> subprojectOf.put(p.id(), String.valueOf(p.subproject())));
        for (OverlayPiece piece : pieces) {
            String sp = subprojectOf.get(piece.parcel());
            if (sp != null) {
                bySubproject.merge(sp, Sums.ZERO.plus(piece), (a, b) -> a.plus(piece));
            }
        }
    }

    /** The sums of a sub-project; zero when none of its parcels has a piece. */
    public Sums of(String subproject) {
        return bySubproject.getOrDefault(subproject, Sums.ZERO);
    }
}
