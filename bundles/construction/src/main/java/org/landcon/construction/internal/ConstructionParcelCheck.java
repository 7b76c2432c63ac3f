package org.landcon.construction.internal;

import org.landcon.api.content.ParcelChecks;
import java.util.List;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.ParcelKind;
import org.landcon.api.model.Problem;
import org.landcon.api.plan.LandClasses;

/**
 * Validates one construction parcel: known kind, required properties, well-formed land class,
 * household count, consent ratio, county code and dates; a new construction must target 建设用地
 * and only a demolition may transfer quota.
 */
final class ConstructionParcelCheck {

    private ConstructionParcelCheck() {
    }

    static List<Problem> problems(ChangeParcel parcel) {
        ParcelChecks checks = new ParcelChecks(parcel);
        ParcelKind kind = checks.kind(ConstructionKinds.ALL, "建设用地整理", "construction");
        if (kind != null) {
            checks.required(kind);
        }
        boolean wellFormed = checks.landClass("toDLBM");
        if (wellFormed && kind != null && kind.id().equals(ConstructionKinds.NEW_CONSTRUCTION)
                && parcel.toDLBM() != null && !LandClasses.isConstruction(parcel.toDLBM())) {
            checks.error("toDLBM", "建新地块的 toDLBM \"" + parcel.toDLBM() + "\" 不是建设用地地类",
                    "new-construction parcel has toDLBM \"" + parcel.toDLBM() + "\", which is not a construction land class");
        }
        checks.wholeNumber("households");
        checks.ratio("consentRatio");
        checks.countyCode("transferTo");
        if (kind != null && !kind.id().equals(ConstructionKinds.DEMOLITION) && parcel.text("transferTo") != null) {
            checks.error("transferTo", "只有拆旧复垦地块可流转节余指标，" + kind.id() + " 地块不应有 transferTo",
                    "only demolition parcels transfer quota; a " + kind.id() + " parcel must not carry transferTo");
        }
        checks.number("transferPrice");
        checks.dates();
        return checks.problems();
    }
}
