package org.landcon.api.model;

import java.util.List;
import java.util.Map;

/**
 * A plan package as read and validated: the unit, the survey, the control layers and the change
 * parcels, all in the unit's CRS.
 *
 * @param unit         the consolidation unit
 * @param landParcels  地类图斑 of the base map
 * @param controls     control-layer features by layer name ({@link ControlLayers})
 * @param changeParcels change parcels of all sub-projects
 * @param sources      file name (relative to the package) → SHA-256 of its content
 * @param warnings     problems that did not make the package unusable
 */
public record PlanPackage(Unit unit, List<LandParcel> landParcels, Map<String, List<ControlFeature>> controls,
        List<ChangeParcel> changeParcels, Map<String, String> sources, List<Problem> warnings) {

    public PlanPackage {
        landParcels = List.copyOf(landParcels);
        controls = Map.copyOf(controls);
        changeParcels = List.copyOf(changeParcels);
        sources = sources == null ? Map.of() : Map.copyOf(sources);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** The features of one control layer, empty when the package has none. */
    public List<ControlFeature> control(String layer) {
        return controls.getOrDefault(layer, List.of());
    }
}
