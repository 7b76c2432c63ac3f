package org.landcon.spatial.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.landcon.api.model.LandParcel;
import org.landcon.api.plan.LandClasses;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Survey polygons grouped by the sites change parcels are placed on ({@code unused} land,
 * {@code cultivated}, {@code pbf}, {@code hamlet} …); each kind of {@link ParcelKinds} names one.
 */
final class SiteFinder {
    private final Map<String, List<LandParcel>> sites = new HashMap<>();

    SiteFinder(List<LandParcel> survey, Set<String> pbf, Places places, Geometry udb, Geometry heritage) {
        PreparedGeometry inUdb = PreparedGeometryFactory.prepare(udb);
        PreparedGeometry inHeritage = PreparedGeometryFactory.prepare(heritage);
        for (LandParcel p : survey) {
            Coordinate c = p.geometry().getCentroid().getCoordinate();
            String d = p.DLBM();
            boolean cultivated = LandClasses.isCultivated(d);
            boolean red = places.inRedLine(c);
            boolean hamlet = places.inHamlet(c);
            boolean udbCell = inUdb.contains(p.geometry());
            add("unused", !red && (d.equals("0404") || d.equals("1204") || d.equals("1205")), p);
            add("cultivated", cultivated && !red, p);
            add("dry-plain", d.equals("0103") && places.u(c) >= 0.33, p);
            add("pbf", cultivated && pbf.contains(p.BSM()), p);
            add("non-pbf", cultivated && !red && !pbf.contains(p.BSM()) && !udbCell, p);
            add("hamlet", d.equals("0702") && hamlet, p);
            add("hamlet-edge", cultivated && !hamlet && nearHamlet(places, c), p);
            add("udb", udbCell && c.distance(places.seat) > places.seatRadius && !LandClasses.isConstruction(d), p);
            add("sand", !red && (d.equals("1205") || d.equals("0404")), p);
            add("redline-farmland", cultivated && red, p);
            add("heritage", d.equals("0702") && inHeritage.contains(p.geometry()), p);
            add("hamlet-idle", hamlet && (d.equals("1201") || d.equals("08H2")), p);
        }
    }

    private void add(String site, boolean condition, LandParcel p) {
        if (condition) {
            sites.computeIfAbsent(site, k -> new ArrayList<>()).add(p);
        }
    }

    private static boolean nearHamlet(Places places, Coordinate c) {
        for (Places.Village v : places.villages) {
            for (int k = 0; k < v.hamlets().size(); k++) {
                double r = v.radii().get(k) + 250;
                if (Places.squared(v.hamlets().get(k), c) < r * r) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The polygons of a site, else the cultivated ones (small townships may lack a site). */
    List<LandParcel> of(String site) {
        List<LandParcel> list = sites.get(site);
        return list == null || list.isEmpty() ? sites.getOrDefault("cultivated", List.of()) : list;
    }
}
