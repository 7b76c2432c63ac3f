package org.landcon.web.internal.plan;

import java.util.Map;
import java.util.TreeMap;

import org.landcon.api.model.ChangeParcel;
import org.landcon.store.PlanStore;
import org.landcon.store.model.LayerFeature;
import org.locationtech.jts.geom.Geometry;

/**
 * The villages a version's change parcels touch (条八: each must consent): the 权属单位 (QSDWDM,
 * QSDWMC) of every DLTB parcel that a change parcel overlaps with a positive area.
 */
public final class Villages {

    private Villages() {
    }

    /** Village code → name. */
    public static Map<String, String> touched(PlanStore store, long versionId) {
        Map<String, String> out = new TreeMap<>();
        for (ChangeParcel p : store.parcels(versionId)) {
            Geometry g = p.geometry();
            for (LayerFeature f : store.layerFeatures(versionId, "DLTB", g.getEnvelopeInternal())) {
                Object code = f.properties().get("QSDWDM");
                if (code != null && !code.toString().isBlank() && overlaps(g, f.geometry())) {
                    Object name = f.properties().get("QSDWMC");
                    out.put(code.toString(), name == null ? code.toString() : name.toString());
                }
            }
        }
        return out;
    }

    private static boolean overlaps(Geometry a, Geometry b) {
        try {
            return a.intersects(b) && a.intersection(b).getArea() > 0.01;
        } catch (RuntimeException invalidGeometry) {
            return a.intersects(b);
        }
    }
}
