package org.landcon.landscape.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.ControlFeature;
import org.landcon.api.model.ControlLayers;
import org.landcon.api.model.Table;
import org.landcon.api.model.Table.Column;
import org.landcon.api.plan.PlanView;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * 风貌保护对象涉及表: each heritage zone (LSWHBH) that a change parcel of any type enters (more than
 * 0.01 m², planar) and each listed tree (GSMM) a change parcel comes within radius of, with the
 * parcels, the planar m² inside the zone, the closest distance and the radius. Repairs and
 * tree protections are listed too: this is what the plan touches, not what it breaks.
 */
final class TouchedLedger {

    private TouchedLedger() {
    }

    static Table table(PlanView plan) {
        List<List<Object>> rows = new ArrayList<>();
        for (ControlFeature zone : plan.control(ControlLayers.LSWHBH)) {
            List<String> parcels = new ArrayList<>();
            double area = 0;
            for (ChangeParcel p : plan.changeParcels()) {
                double a = p.geometry().intersects(zone.geometry())
                        ? OverlayNGRobust.overlay(p.geometry(), zone.geometry(), OverlayNG.INTERSECTION).getArea() : 0;
                if (a > Areas.TOLERANCE) {
                    parcels.add(p.id());
                    area += a;
                }
            }
            if (!parcels.isEmpty()) {
                rows.add(Arrays.asList(ControlLayers.LSWHBH, "历史文化保护范围", zone.id(), ListedTrees.name(zone),
                        String.join(", ", parcels), area, null, null));
            }
        }
        for (ControlFeature tree : plan.control(ControlLayers.GSMM)) {
            List<ListedTrees.Encroachment> near = ListedTrees.encroachments(plan, plan.changeParcels()).stream()
                    .filter(e -> e.tree() == tree).toList();
            if (!near.isEmpty()) {
                rows.add(Arrays.asList(ControlLayers.GSMM, "古树名木", tree.id(), ListedTrees.name(tree),
                        near.stream().map(e -> e.parcel().id()).collect(Collectors.joining(", ")), null,
                        near.stream().mapToDouble(ListedTrees.Encroachment::distance).min().orElseThrow(),
                        ListedTrees.radius(tree)));
            }
        }
        return new Table("LANDSCAPE-TOUCHED", "风貌保护对象涉及表", "Heritage zones and listed trees touched", List.of(
                new Column("layer", "图层", "layer", null), new Column("layerZh", "保护对象", "protected feature", null),
                new Column("id", "编号", "id", null), new Column("name", "名称", "name", null),
                new Column("parcels", "涉及地块", "parcels", null), new Column("areaInside", "范围内面积", "area inside", "m²"),
                new Column("distance", "最近距离", "closest distance", "m"),
                new Column("radius", "保护半径", "protection radius", "m")), rows);
    }
}
