package org.landcon.report.internal;

import java.awt.geom.Path2D;
import java.util.Set;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.ControlFeature;
import org.landcon.api.model.LandParcel;
import org.landcon.report.MapContent;

/**
 * A map's content turned into panel-local paths once, shared by both panels: the survey by class
 * group, the change parcels by their class after and by content type, the control layers, and
 * everything a violation names.
 */
public final class MapLayers {

    public final ShapePaths<LandClassGroup> before;
    public final ShapePaths<LandClassGroup> changedTo;
    public final ShapePaths<String> changeOutlines;
    public final ShapePaths<String> controls;
    public final Path2D violated;
    public final int landParcels;

    public MapLayers(MapContent content, MapLayout layout) {
        double decimation = 0.5 / layout.scale();
        before = new ShapePaths<>(layout, decimation);
        changedTo = new ShapePaths<>(layout, decimation);
        changeOutlines = new ShapePaths<>(layout, decimation);
        controls = new ShapePaths<>(layout, decimation);
        ShapePaths<String> red = new ShapePaths<>(layout, decimation);
        Set<String> ids = content.violated();
        for (LandParcel p : content.landParcels()) {
            before.add(LandClassGroup.of(p.DLBM()), p.geometry());
            if (!ids.isEmpty() && ids.contains(p.BSM())) {
                red.add("", p.geometry());
            }
        }
        for (ChangeParcel c : content.changeParcels()) {
            if (c.toDLBM() != null) {
                changedTo.add(LandClassGroup.of(c.toDLBM()), c.geometry());
            }
            changeOutlines.add(String.valueOf(c.type()), c.geometry());
            if (ids.contains(c.id())) {
                red.add("", c.geometry());
            }
        }
        for (String layer : MapStyle.CONTROLS) {
            content.control(layer).stream().filter(f -> f.geometry() != null && f.geometry().getDimension() == 2)
                    .forEach(f -> controls.add(layer, f.geometry()));
        }
        for (java.util.List<ControlFeature> layer : content.controls().values()) {
            layer.stream().filter(f -> ids.contains(f.id())).forEach(f -> red.add("", f.geometry()));
        }
        violated = red.get("");
        landParcels = content.landParcels().size();
    }
}
