package org.landcon.spatial.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.landcon.api.model.LandParcel;
import org.landcon.spatial.generator.LandUseMix.LandUse;
import org.landcon.spatial.generator.SurveyAttributes.Site;
import org.landcon.spatial.geodesy.EllipsoidalArea;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The 地类图斑 layer: one polygon per field cell of the lattice, and one per stretch of road or
 * ditch between two crossings (a crossing belongs to the north-south strip). The polygons form an
 * exact coverage of the unit; TBMJ is the ellipsoidal area.
 */
final class SurveyMaker {
    private final Lattice lattice;
    private final Places places;
    private final LandUseMix mix;
    private final GeometryFactory factory;
    private final long seed;
    private final String county;

    SurveyMaker(Lattice lattice, Places places, GeometryFactory factory, long seed, String county) {
        this.lattice = lattice;
        this.places = places;
        this.mix = new LandUseMix(places, seed);
        this.factory = factory;
        this.seed = seed;
        this.county = county;
    }

    /** A polygon with its land use, before numbering. */
    private record Draft(Geometry geometry, LandUse use) {
    }

    List<LandParcel> make() {
        List<Draft> drafts = new ArrayList<>(fields());
        drafts.addAll(strips());
        int srid = factory.getSRID();
        Map<String, Integer> tbbh = new HashMap<>();
        List<Site> sites = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (Draft d : drafts) {
            Coordinate c = d.geometry().getInteriorPoint().getCoordinate();
            Site site = site(d.use(), c);
            sites.add(site);
            numbers.add(tbbh.merge(site.village().code(), 1, Integer::sum));
        }
        return IntStream.range(0, drafts.size()).parallel().mapToObj(k -> {
            Geometry g = drafts.get(k).geometry();
            String bsm = county + "2110" + String.format("%08d", k + 1);
            SplittableRandom r = new SplittableRandom(Noise.hash(seed, 1_000_000_007L + k));
            return SurveyAttributes.parcel(bsm, numbers.get(k), sites.get(k), EllipsoidalArea.of(g, srid), g, r);
        }).toList();
    }

    private Site site(LandUse use, Coordinate c) {
        boolean state = "1101".equals(use.dlbm()) || "202".equals(use.czcsxm());
        return new Site(use.dlbm(), use.czcsxm(), places.owner(c), places.u(c), places.riverDistance(c) < 300,
                places.u(c) < 0.12, state);
    }

    private List<Draft> fields() {
        List<int[]> cells = new ArrayList<>();
        for (int j = 0; j < lattice.rows(); j++) {
            for (int i = 0; i < lattice.columns(); i++) {
                if (lattice.colKind[i] == 0 && lattice.rowKind[j] == 0) {
                    cells.add(new int[] {i, j});
                }
            }
        }
        return IntStream.range(0, cells.size()).parallel().mapToObj(k -> {
            int[] ij = cells.get(k);
            Geometry cell = lattice.cell(ij[0], ij[1], factory);
            SplittableRandom r = new SplittableRandom(Noise.hash(seed, ij[1] * 1_000_003L + ij[0]));
            return new Draft(cell, mix.of(cell.getCentroid().getCoordinate(), r));
        }).toList();
    }

    /** Road and ditch stretches: cells of a strip between two crossings, dissolved. */
    private List<Draft> strips() {
        Map<String, List<Geometry>> stretches = new LinkedHashMap<>();
        Map<String, Integer> kinds = new HashMap<>();
        for (int i = 0; i < lattice.columns(); i++) {
            for (int j = 0; j < lattice.rows(); j++) {
                String key;
                int kind;
                if (lattice.colKind[i] > 0) {
                    key = "V" + i + "/" + lattice.rowBlock[j];
                    kind = lattice.colKind[i];
                } else if (lattice.rowKind[j] > 0) {
                    key = "H" + j + "/" + lattice.colBlock[i];
                    kind = lattice.rowKind[j];
                } else {
                    continue;
                }
                stretches.computeIfAbsent(key, k -> new ArrayList<>()).add(lattice.cell(i, j, factory));
                kinds.put(key, kind);
            }
        }
        return stretches.entrySet().parallelStream().map(e -> {
            Geometry g = CoverageUnion.union(e.getValue().toArray(Geometry[]::new));
            g = g.getNumGeometries() == 1 ? g.getGeometryN(0) : g;
            return new Draft(g, new LandUse(kinds.get(e.getKey()) == 1 ? "1006" : "1107", null));
        }).toList();
    }
}
