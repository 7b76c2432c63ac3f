package org.landcon.ecology.internal;

import org.landcon.api.content.ParcelChecks;
import java.util.List;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.ParcelKind;
import org.landcon.api.model.Problem;
import org.landcon.api.plan.LandClasses;

/**
 * Validates one ecology parcel: known kind, required properties, land class, the {@code symbiotic}
 * flag, a numeric {@code redlineChange} (m²), households and consent, dates; a wetland restoration
 * must target a water or wetland class.
 */
final class EcologyParcelCheck {

    private EcologyParcelCheck() {
    }

    static List<Problem> problems(ChangeParcel parcel) {
        ParcelChecks checks = new ParcelChecks(parcel);
        ParcelKind kind = checks.kind(EcologyKinds.ALL, "生态保护修复", "ecology");
        if (kind != null) {
            checks.required(kind);
        }
        boolean wellFormed = checks.landClass("toDLBM");
        if (wellFormed && kind != null && kind.id().equals(EcologyKinds.WETLAND_RESTORATION)
                && parcel.toDLBM() != null && !LandClasses.isWaterOrWetland(parcel.toDLBM())) {
            checks.error("toDLBM", "湿地修复地块的 toDLBM \"" + parcel.toDLBM() + "\" 不是水域或湿地地类",
                    "wetland-restoration parcel has toDLBM \"" + parcel.toDLBM() + "\", which is not a water or wetland class");
        }
        checks.bool("symbiotic");
        checks.number("redlineChange");
        checks.wholeNumber("households");
        checks.ratio("consentRatio");
        checks.dates();
        return checks.problems();
    }
}
