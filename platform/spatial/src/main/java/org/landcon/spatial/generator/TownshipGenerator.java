package org.landcon.spatial.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.ControlFeature;
import org.landcon.api.model.ControlLayers;
import org.landcon.api.model.LandParcel;
import org.landcon.api.model.PlanPackage;
import org.landcon.api.model.Unit;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * A synthetic township on the Ningxia Yellow River plain in CGCS2000 / 3-degree GK zone 35
 * (EPSG:4523), south-west corner at x = 35 540 000, y = 4 250 000, about 20 km × 20 km for
 * 200 000 polygons and smaller in proportion.
 * <ul>
 * <li>地类图斑: a jittered lattice of fields about 45 m across, crossed every six fields by roads
 * (1006, 5 m) and ditches (1107, 3 m); an exact coverage of the unit (no gaps, no overlaps,
 * matching vertices); classes by place: 水浇地 on the irrigated plain, 旱地 on the western
 * uplands, some 水田 and 养殖坑塘 by the river, 宅基地 in hamlets, town land (CZCSXM 202) at the
 * seat, grass and forest in the red-line corner, sand, saline land, orchards, a few K codes;
 * TBMJ is the ellipsoidal area, KCMJ = TBMJ × KCXS on 耕地, TBDLMJ = TBMJ − KCMJ;</li>
 * <li>control layers YJJBNT, STBHHX, CZKFBJ, HHGLFW, LSWHBH, GSMM;</li>
 * <li>change parcels ({@code polygons / 200} by default) of every kind in {@code ParcelKinds},
 * none overlapping another, grouped into sub-projects;</li>
 * <li>the same seed and size give the same package, bit for bit.</li>
 * </ul>
 */
public final class TownshipGenerator {
    /** South-west corner of the township, EPSG:4523. */
    public static final double X0 = 35_540_000;
    public static final double Y0 = 4_250_000;
    public static final int SRID = 4523;
    private static final int POLYGONS_PER_BLOCK = Lattice.FIELDS_PER_BLOCK * Lattice.FIELDS_PER_BLOCK + 2;

    private final long seed;
    private final int polygons;
    private final int changeParcels;
    private PlanPackage generated;

    public TownshipGenerator(long seed, int polygons) {
        this(seed, polygons, Math.max(10, polygons / 200));
    }

    /** @param changeParcels how many change parcels to place (fewer when the land runs out) */
    public TownshipGenerator(long seed, int polygons, int changeParcels) {
        if (polygons < 100) {
            throw new IllegalArgumentException("at least 100 polygons, not " + polygons);
        }
        this.seed = seed;
        this.polygons = polygons;
        this.changeParcels = changeParcels;
    }

    /** The package (computed once). */
    public synchronized PlanPackage generate() {
        if (generated == null) {
            generated = build();
        }
        return generated;
    }

    /** Writes the package to {@code dir}: unit.json, basemap/DLTB.shp, controls/*.geojson, subprojects.geojson. */
    public void writePackage(Path dir) throws IOException {
        PackageWriter.write(generate(), dir, "synthetic township, seed " + seed + ", " + polygons + " polygons");
    }

    private PlanPackage build() {
        SplittableRandom random = new SplittableRandom(seed);
        GeometryFactory factory = new GeometryFactory(new PrecisionModel(), SRID);
        int blocks = Math.max(2, (int) Math.round(Math.sqrt((double) polygons / POLYGONS_PER_BLOCK)));
        Lattice lattice = new Lattice(X0, Y0, blocks, blocks, random.split());
        Envelope extent = new Envelope(X0, X0 + lattice.width(), Y0, Y0 + lattice.height());
        String county = "640122";
        String code = "640122102";
        int villages = Math.max(3, Math.min(20, polygons / 10_000));
        Places places = new Places(extent, code, villages, factory, random.split());
        List<LandParcel> survey = new SurveyMaker(lattice, places, factory, seed, county).make();
        Map<String, List<ControlFeature>> controls = new ControlMaker(places, factory, seed, county).make(survey);
        Geometry boundary = factory.toGeometry(extent);
        Unit unit = new Unit(code, "河湾乡", county, "640000", "EPSG:" + SRID, 2025, 2027, boundary, null);
        List<ChangeParcel> parcels = changeParcels(survey, controls, places, factory, boundary, random.split());
        return new PlanPackage(unit, survey, controls, parcels, Map.of(), List.of());
    }

    private List<ChangeParcel> changeParcels(List<LandParcel> survey, Map<String, List<ControlFeature>> controls,
            Places places, GeometryFactory factory, Geometry boundary, SplittableRandom random) {
        Set<String> pbf = controls.get(ControlLayers.YJJBNT).stream()
                .map(f -> String.valueOf(f.properties().get("JBNTTBBH")) + "|" + f.properties().get("QSDWDM"))
                .collect(Collectors.toSet());
        Set<String> pbfBsm = survey.stream().filter(p -> pbf.contains(p.attributes().get("TBBH") + "|" + p.QSDWDM()))
                .map(LandParcel::BSM).collect(Collectors.toSet());
        Geometry udb = controls.get(ControlLayers.CZKFBJ).get(0).geometry();
        Geometry heritage = controls.get(ControlLayers.LSWHBH).get(0).geometry();
        SiteFinder sites = new SiteFinder(survey, pbfBsm, places, udb, heritage);
        Map<String, Geometry> zones = Map.of("udb", udb, "heritage", heritage, "redline-farmland", places.redLine);
        var placed = new ChangeParcelMaker(factory, sites, places, boundary).place(changeParcels, random, zones);
        return new SubprojectMaker(2025).make(placed, random);
    }
}
