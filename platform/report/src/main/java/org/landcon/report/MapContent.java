package org.landcon.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.ControlFeature;
import org.landcon.api.model.LandParcel;
import org.landcon.api.model.Outcome;
import org.landcon.api.model.PlanPackage;
import org.landcon.api.model.Verdict;

/**
 * What a plan map shows, all in the unit's projected CRS (metres).
 *
 * @param title        the unit's name, shown in the map's title (e.g. 通贵乡)
 * @param landParcels  地类图斑, coloured by the class group of their DLBM
 * @param controls     control-layer features by layer ({@code YJJBNT}, {@code STBHHX}, {@code CZKFBJ} are drawn)
 * @param changeParcels change parcels, outlined by content type; filled with their {@code toDLBM} class in
 *                     the 整治后 panel
 * @param violated     ids of features that violations name: change-parcel ids, land-parcel BSMs or
 *                     control-feature ids; drawn in red
 */
public record MapContent(String title, List<LandParcel> landParcels, Map<String, List<ControlFeature>> controls,
        List<ChangeParcel> changeParcels, Set<String> violated) {

    public MapContent {
        landParcels = List.copyOf(landParcels);
        controls = Map.copyOf(controls);
        changeParcels = List.copyOf(changeParcels);
        violated = Set.copyOf(violated);
    }

    /** The map of a package with the features named by the violations among {@code verdicts}. */
    public static MapContent of(PlanPackage pkg, List<Verdict> verdicts) {
        Set<String> violated = new LinkedHashSet<>();
        verdicts.stream().filter(v -> v.outcome() == Outcome.VIOLATION).forEach(v -> violated.addAll(v.features()));
        String title = pkg.unit().name() == null ? pkg.unit().code() : pkg.unit().name();
        return new MapContent(title, pkg.landParcels(), pkg.controls(), pkg.changeParcels(), violated);
    }

    /** The features of one control layer, empty when absent. */
    public List<ControlFeature> control(String layer) {
        return controls.getOrDefault(layer, List.of());
    }
}
