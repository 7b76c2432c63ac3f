package org.landcon.spatial.overlay;

import java.util.ArrayList;
import java.util.List;

import org.landcon.api.model.LandParcel;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * An STR-tree over the survey's 地类图斑, built once and read concurrently afterwards.
 */
public final class SurveyIndex {
    private final List<LandParcel> parcels;
    private final STRtree tree = new STRtree();

    public SurveyIndex(List<LandParcel> parcels) {
        this.parcels = List.copyOf(parcels);
        for (LandParcel p : this.parcels) {
            tree.insert(p.geometry().getEnvelopeInternal(), p);
        }
        tree.build();
    }

    public List<LandParcel> parcels() {
        return parcels;
    }

    /** Parcels whose envelope meets {@code env} (candidates only). */
    @SuppressWarnings("unchecked")
    public List<LandParcel> candidates(Envelope env) {
        return tree.query(env);
    }

    /** Parcels whose geometry intersects {@code area}. */
    public List<LandParcel> intersecting(Geometry area) {
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(area);
        List<LandParcel> out = new ArrayList<>();
        for (LandParcel p : candidates(area.getEnvelopeInternal())) {
            if (prepared.intersects(p.geometry())) {
                out.add(p);
            }
        }
        return out;
    }
}
