package org.landcon.landscape.internal;

import org.landcon.api.content.ParcelChecks;
import java.util.List;

import org.landcon.api.content.ContentModule;
import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.ParcelKind;
import org.landcon.api.model.Problem;
import org.landcon.api.model.Table;
import org.landcon.api.plan.PlanView;
import org.osgi.service.component.annotations.Component;

/**
 * 乡村风貌保护: traditional villages, heritage repair, old trees and landscape improvement;
 * contributes the list of heritage zones and listed trees the plan touches.
 */
@Component(service = ContentModule.class, property = ContentModule.CONTENT_TYPE + "=" + LandscapeModule.TYPE)
public final class LandscapeModule implements ContentModule {
    static final String TYPE = "landscape";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String nameZh() {
        return "乡村风貌保护";
    }

    @Override
    public String nameEn() {
        return "Rural landscape protection";
    }

    @Override
    public List<ParcelKind> kinds() {
        return LandscapeKinds.ALL;
    }

    /** Known kind, well-formed {@code toDLBM}, {@code repair} true or false, dates in order. */
    @Override
    public List<Problem> validate(ChangeParcel parcel) {
        ParcelChecks checks = new ParcelChecks(parcel);
        ParcelKind kind = checks.kind(LandscapeKinds.ALL, "乡村风貌保护", TYPE);
        if (kind != null) {
            checks.required(kind);
        }
        checks.landClass("toDLBM");
        checks.bool("repair");
        checks.dates();
        return checks.problems();
    }

    @Override
    public List<Table> ledger(PlanView plan) {
        return List.of(TouchedLedger.table(plan));
    }
}
