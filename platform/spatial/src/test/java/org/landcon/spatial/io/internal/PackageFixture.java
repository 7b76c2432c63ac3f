package org.landcon.spatial.io.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.landcon.spatial.io.Crs;
import org.landcon.spatial.io.Feature;
import org.landcon.spatial.io.FeatureLayer;
import org.landcon.spatial.io.Fixtures;
import org.landcon.spatial.io.GeoJsonWriter;
import org.landcon.spatial.io.ShapefileWriter;

/**
 * Writes a small valid plan package in EPSG:4523 — three DLTB parcels (Fixtures.dltbLayer), the
 * three required control layers as Shapefiles, and two change parcels — that a test then breaks in
 * one way.
 */
final class PackageFixture {

    static final String UNIT = """
            {"code": "640122101", "name": "望远镇", "county": "640122", "region": "640000",
             "crs": "EPSG:4523", "period": [2025, 2027]}""";

    final Path root;
    List<Feature> dltb = new ArrayList<>(Fixtures.dltbLayer().features());
    List<Feature> subprojects = new ArrayList<>(List.of(
            new Feature("sp-1/1", Fixtures.props("subproject", "sp-1", "name", "王家村旱改水", "type", "farmland",
                    "kind", "quality-upgrade", "toDLBM", "0101", "toGrade", 6, "measure", "measured", "start",
                    "2025-03-01", "finish", "2025-10-31", "investment", 120.5), Fixtures.square(35500100, 4200000, 100)),
            new Feature("sp-2/1", Fixtures.props("subproject", "sp-2", "name", "坑塘整治", "type", "ecology", "kind",
                    "greening"), Fixtures.square(35500200, 4200000, 50))));
    Crs dltbCrs = Crs.of(4523);
    String unitJson = UNIT;

    PackageFixture(Path root) {
        this.root = root;
    }

    /** Writes the package and returns its folder. */
    Path write() throws IOException {
        Files.createDirectories(root.resolve("basemap"));
        Files.createDirectories(root.resolve("controls"));
        Files.writeString(root.resolve("unit.json"), unitJson, StandardCharsets.UTF_8);
        ShapefileWriter.write(root.resolve("basemap/DLTB.shp"), new FeatureLayer("DLTB", dltbCrs, dltb, List.of()));
        control("YJJBNT", Fixtures.square(35500000, 4200000, 100));
        control("STBHHX", Fixtures.square(35500300, 4200000, 100));
        control("CZKFBJ", Fixtures.square(35500000, 4200100, 100));
        GeoJsonWriter.write(root.resolve("subprojects.geojson"), FeatureLayer.of("s", Crs.of(4523), subprojects));
        return root;
    }

    private void control(String name, org.locationtech.jts.geom.Geometry g) throws IOException {
        ShapefileWriter.write(root.resolve("controls/" + name + ".shp"), FeatureLayer.of(name, Crs.of(4523),
                List.of(new Feature(null, Fixtures.props("BSM", name + "-1", "MC", "控制线"), g))));
    }

    /** A DLTB feature with one attribute changed (null removes its value). */
    static Feature with(Feature f, String key, Object value) {
        var p = new java.util.LinkedHashMap<>(f.properties());
        p.put(key, value);
        return new Feature(f.id(), p, f.geometry());
    }
}
