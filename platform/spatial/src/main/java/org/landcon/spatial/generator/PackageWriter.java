package org.landcon.spatial.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.ControlFeature;
import org.landcon.api.model.LandParcel;
import org.landcon.api.model.PlanPackage;
import org.landcon.api.model.Unit;
import org.landcon.spatial.io.Crs;
import org.landcon.spatial.io.Feature;
import org.landcon.spatial.io.FeatureLayer;
import org.landcon.spatial.io.GeoJsonWriter;
import org.landcon.spatial.io.ShapefileWriter;
import org.locationtech.jts.geom.Coordinate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Writes a package in the exchange format: unit.json, basemap/DLTB.shp (GBK, with .cpg and .prj),
 * controls/&lt;LAYER&gt;.geojson and subprojects.geojson, all in the unit's CRS.
 */
final class PackageWriter {

    private PackageWriter() {
    }

    static void write(PlanPackage pkg, Path dir, String note) throws IOException {
        Files.createDirectories(dir.resolve("basemap"));
        Files.createDirectories(dir.resolve("controls"));
        Crs crs = Crs.of(pkg.unit().srid());
        writeUnit(pkg.unit(), dir.resolve("unit.json"), note);
        List<Feature> land = new ArrayList<>(pkg.landParcels().size());
        for (LandParcel p : pkg.landParcels()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (String field : SurveyAttributes.FIELDS) {
                row.put(field, p.attributes().get(field));
            }
            land.add(new Feature(null, row, p.geometry()));
        }
        ShapefileWriter.write(dir.resolve("basemap/DLTB.shp"), FeatureLayer.of("basemap/DLTB.shp", crs, land));
        for (Map.Entry<String, List<ControlFeature>> layer : pkg.controls().entrySet()) {
            String file = "controls/" + layer.getKey() + ".geojson";
            List<Feature> features = layer.getValue().stream()
                    .map(f -> new Feature(f.id(), f.properties(), f.geometry())).toList();
            GeoJsonWriter.write(dir.resolve(file), FeatureLayer.of(file, crs, features));
        }
        List<Feature> parcels = new ArrayList<>();
        for (ChangeParcel p : pkg.changeParcels()) {
            parcels.add(new Feature(p.id(), new LinkedHashMap<>(p.properties()), p.geometry()));
        }
        GeoJsonWriter.write(dir.resolve("subprojects.geojson"), FeatureLayer.of("subprojects.geojson", crs, parcels));
    }

    private static void writeUnit(Unit unit, Path file, String note) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", unit.code());
        json.put("name", unit.name());
        json.put("county", unit.county());
        json.put("region", unit.region());
        json.put("crs", unit.crs());
        json.put("period", List.of(unit.startYear(), unit.endYear()));
        if (unit.boundary() != null) {
            List<List<double[]>> rings = new ArrayList<>();
            List<double[]> ring = new ArrayList<>();
            for (Coordinate c : unit.boundary().getCoordinates()) {
                ring.add(new double[] {c.x, c.y});
            }
            rings.add(ring);
            json.put("boundary", Map.of("type", "Polygon", "coordinates", rings));
        }
        if (unit.pbfDesignatedArea() != null) {
            json.put("pbfDesignatedArea", unit.pbfDesignatedArea());
        }
        json.put("note", note);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
    }
}
