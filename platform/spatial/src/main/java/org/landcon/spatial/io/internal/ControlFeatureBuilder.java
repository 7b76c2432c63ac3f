package org.landcon.spatial.io.internal;

import java.util.ArrayList;
import java.util.List;

import org.landcon.api.model.ControlFeature;
import org.landcon.api.model.ControlLayers;
import org.landcon.api.model.Problem;
import org.landcon.spatial.io.Feature;
import org.landcon.spatial.io.FeatureLayer;

/**
 * Turns the features of a control layer into {@link ControlFeature}s: id = BSM, else the feature id,
 * else {@code #n}; polygons, except 古树名木 (GSMM) which are points; every geometry checked.
 */
public final class ControlFeatureBuilder {

    private ControlFeatureBuilder() {
    }

    public static List<ControlFeature> build(String layerName, FeatureLayer layer, List<Problem> problems) {
        boolean points = ControlLayers.GSMM.equals(layerName);
        List<ControlFeature> out = new ArrayList<>();
        for (int i = 0; i < layer.features().size(); i++) {
            Feature f = layer.features().get(i);
            String bsm = FieldValues.text(f.get("BSM"));
            String id = bsm != null ? bsm : f.id() != null ? f.id() : "#" + (i + 1);
            if (GeometryCheck.check(f.geometry(), points, layer.file(), id, problems)) {
                out.add(new ControlFeature(layerName, id, FieldValues.present(f.properties()), f.geometry()));
            }
        }
        return out;
    }
}
